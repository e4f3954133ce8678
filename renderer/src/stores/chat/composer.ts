import { create } from 'zustand';
import { MAX_MESSAGE_CHARS, type ChatAttachment, type ChatEstimate, type ChatMessageView, type ModelRef } from '../../../../shared/contract';
import { makeError, type AppError } from '../../../../shared/errors';
import { call } from '../../api';
import { settleUpload } from '../../lib/attachmentList';
import { useChatConversation } from './conversation';
import { loadDrafts, saveDrafts } from './drafts';
import { toastError } from '../shell/toasts';
import { i18n } from '../../i18n';

/** A file in the composer: uploading, or stored by core and ready to send. */
export interface ComposerAttachment {
  key: string;
  name: string;
  bytes: number;
  kind: 'image' | 'text';
  status: 'uploading' | 'ready';
  attachment: ChatAttachment | null;
}

export interface Draft {
  text: string;
  attachments: ComposerAttachment[];
}

/** Editing a sent user message: the new text is sent as its sibling, under the same parent. */
export interface EditTarget {
  conversationId: string;
  messageId: string;
  parentId: string | null;
  /** The draft that was in the composer before, put back when editing is cancelled. */
  saved: Draft;
}

interface ComposerState {
  drafts: Record<string, Draft>;
  editing: EditTarget | null;
  /** This message only: a model other than the conversation's. */
  override: ModelRef | null;
  estimate: ChatEstimate | null;
  /** The model the conversation uses when this message has no override (from the last such estimate). */
  baseModel: string | null;
  estimateError: AppError | null;
  sending: boolean;
  /** Image data kept for this session so sent messages can show thumbnails (core has no media call yet). */
  previews: Record<string, string>;
  setText(conversationId: string, text: string): void;
  addFiles(conversationId: string, files: readonly File[]): Promise<void>;
  removeAttachment(conversationId: string, key: string): void;
  startEdit(message: ChatMessageView): void;
  cancelEdit(): void;
  setOverride(ref: ModelRef | null): void;
  /** Sends the draft (or the edit); true when it went out. The draft comes back if it did not. */
  submit(conversationId: string): Promise<boolean>;
  /** Debounced pre-flight estimate of the next send. */
  requestEstimate(conversationId: string): void;
}

export const EMPTY_DRAFT: Draft = { text: '', attachments: [] };
export const ESTIMATE_DEBOUNCE_MS = 250;
const MAX_BYTES = 20 * 1024 * 1024;
let nextKey = 1;
let estimateTimer: ReturnType<typeof setTimeout> | undefined;
let estimateSeq = 0;

const readyHashes = (d: Draft) => d.attachments.flatMap((a) => (a.status === 'ready' && a.attachment ? [a.attachment.hash] : []));

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

export const useChatComposer = create<ComposerState>()((set, get) => {
  const draftOf = (id: string) => get().drafts[id] ?? EMPTY_DRAFT;
  const putDraft = (id: string, change: (d: Draft) => Draft) => {
    set((s) => ({ drafts: { ...s.drafts, [id]: change(s.drafts[id] ?? EMPTY_DRAFT) } }));
    saveDrafts(get().drafts);
  };

  async function upload(conversationId: string, file: File) {
    const key = `a${nextKey++}`;
    const kind = file.type.startsWith('image/') ? 'image' : 'text';
    if (file.size > MAX_BYTES) return toastError(makeError('too_large', i18n.t('toasts:chat.attachTooLarge', { name: file.name })), i18n.t('toasts:chat.attachFailed'));
    putDraft(conversationId, (d) => ({ ...d, attachments: [...d.attachments, { key, name: file.name, bytes: file.size, kind, status: 'uploading', attachment: null }] }));
    const drop = () => putDraft(conversationId, (d) => ({ ...d, attachments: d.attachments.filter((a) => a.key !== key) }));
    let dataUrl: string;
    try {
      dataUrl = await readAsDataUrl(file);
    } catch {
      drop();
      return toastError(makeError('unsupported_format', i18n.t('toasts:chat.attachUnreadable', { name: file.name })), i18n.t('toasts:chat.attachFailed'));
    }
    const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
    const r = await call('attachments.add', { name: file.name || 'pasted-image.png', mime: file.type || 'application/octet-stream', dataBase64: base64 });
    if (!r.ok) {
      drop();
      return toastError(r.error, i18n.t('toasts:chat.attachNamedFailed', { name: file.name }));
    }
    if (r.value.kind === 'image') set((s) => ({ previews: { ...s.previews, [r.value.hash]: dataUrl } }));
    putDraft(conversationId, (d) => ({
      ...d,
      attachments: settleUpload(d.attachments, key, (a) => ({ ...a, status: 'ready' as const, kind: r.value.kind, bytes: r.value.bytes, attachment: r.value }), r.value.hash).list,
    }));
  }

  return {
    drafts: loadDrafts(),
    editing: null,
    override: null,
    estimate: null,
    baseModel: null,
    estimateError: null,
    sending: false,
    previews: {},
    setText(conversationId, text) {
      putDraft(conversationId, (d) => ({ ...d, text }));
    },
    async addFiles(conversationId, files) {
      await Promise.all(files.map((f) => upload(conversationId, f)));
    },
    removeAttachment(conversationId, key) {
      putDraft(conversationId, (d) => ({ ...d, attachments: d.attachments.filter((a) => a.key !== key) }));
    },
    startEdit(message) {
      const conversationId = useChatConversation.getState().openId;
      if (!conversationId || message.role !== 'user') return;
      const saved = get().editing?.saved ?? draftOf(conversationId);
      const attachments = message.attachments.map((a) => ({ key: `a${nextKey++}`, name: a.name, bytes: a.bytes, kind: a.kind, status: 'ready' as const, attachment: a }));
      set({ editing: { conversationId, messageId: message.id, parentId: message.parentId, saved } });
      putDraft(conversationId, () => ({ text: message.content, attachments }));
    },
    cancelEdit() {
      const editing = get().editing;
      if (!editing) return;
      set({ editing: null });
      putDraft(editing.conversationId, () => editing.saved);
    },
    setOverride(ref) {
      set({ override: ref });
    },
    async submit(conversationId) {
      const draft = draftOf(conversationId);
      const { editing, override, sending } = get();
      if (sending || draft.attachments.some((a) => a.status === 'uploading')) return false;
      if (!draft.text.trim() && draft.attachments.length === 0) return false;
      const edit = editing?.conversationId === conversationId ? editing : null;
      // Cleared at once so the composer is ready for the next thought; restored below if the send fails.
      set({ sending: true, editing: null });
      putDraft(conversationId, () => (edit ? edit.saved : EMPTY_DRAFT));
      const r = await useChatConversation.getState().send({
        text: draft.text,
        attachments: readyHashes(draft),
        ...(edit ? { parentId: edit.parentId } : {}),
        ...(override ? { model: override } : {}),
      });
      // The override is for one message: the next one goes back to the conversation's model.
      set({ sending: false, ...(r.ok ? { override: null } : {}) });
      if (r.ok) return true;
      set({ editing: edit });
      putDraft(conversationId, () => draft);
      toastError(r.error, i18n.t('toasts:chat.sendFailed'));
      return false;
    },
    requestEstimate(conversationId) {
      clearTimeout(estimateTimer);
      const seq = ++estimateSeq;
      // Text too long to send gets the composer's "attach as a file" offer, not an estimate error.
      if (draftOf(conversationId).text.length > MAX_MESSAGE_CHARS) return set({ estimate: null, estimateError: null });
      estimateTimer = setTimeout(async () => {
        const draft = draftOf(conversationId);
        const { editing, override } = get();
        const edit = editing?.conversationId === conversationId ? editing : null;
        const r = await call('chat.estimate', {
          conversationId,
          text: draft.text,
          attachments: readyHashes(draft),
          ...(edit ? { parentId: edit.parentId } : {}),
          ...(override ? { model: override } : {}),
        });
        if (seq !== estimateSeq) return;
        set(r.ok ? { estimate: r.value, estimateError: null, ...(override ? {} : { baseModel: r.value.model }) } : { estimate: null, estimateError: r.error });
      }, ESTIMATE_DEBOUNCE_MS);
    },
  };
});

export function useDraft(conversationId: string): Draft {
  return useChatComposer((s) => s.drafts[conversationId] ?? EMPTY_DRAFT);
}
