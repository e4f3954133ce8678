import { create } from 'zustand';
import type { ChatMessageView, ConversationSummary, ConversationView, ModelRef, SendReceipt } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import { call } from '../../api';
import { useChatList, type ConversationPatch } from './list';
import { leftBehindLeaf } from '../../lib/branches';
import { endStream, seedStream } from './stream';
import { toastError } from '../shell/toasts';
import { i18n } from '../../i18n';

/** The open conversation: its summary and active branch, plus what is streaming in it. */
interface ConversationState {
  openId: string | null;
  conversation: ConversationSummary | null;
  messages: ChatMessageView[];
  loading: boolean;
  loadError: AppError | null;
  /** A message to scroll to and flash (a search hit); cleared by the list once shown. */
  highlightId: string | null;
  open(id: string): Promise<void>;
  close(): void;
  send(input: { text: string; attachments: string[]; parentId?: string | null; model?: ModelRef }): Promise<Result<SendReceipt>>;
  regenerate(messageId: string, model?: ModelRef): Promise<void>;
  stop(): Promise<void>;
  selectBranch(messageId: string): Promise<void>;
  /** Opens the conversation on the branch holding this message, then scrolls to it. */
  jumpTo(messageId: string, conversationId?: string): Promise<void>;
  /** Set when a jump switched the conversation to another version: the leaf that was shown before. */
  branchReturn: { conversationId: string; leafId: string } | null;
  /** Goes back to the version shown before the jump. */
  returnToBranch(): Promise<void>;
  dismissBranchReturn(): void;
  update(patch: ConversationPatch, action: string): Promise<void>;
  clearHighlight(): void;
  /** A chat.message event: a reply finished, failed or stopped. */
  applyMessage(conversationId: string, message: ChatMessageView): void;
}

/** Final states that arrived before the send that started them had returned. */
const early = new Map<string, ChatMessageView>();
let openSeq = 0;

export const isLive = (m: ChatMessageView) => m.status === 'streaming';

export const useChatConversation = create<ConversationState>()((set, get) => {
  const showView = (view: ConversationView, extra: Partial<ConversationState> = {}) => {
    for (const m of view.messages) if (isLive(m)) seedStream(m.id, m.content);
    set({ openId: view.conversation.id, conversation: view.conversation, messages: view.messages, loading: false, loadError: null, ...extra });
    useChatList.getState().upsert(view.conversation);
  };

  /** Replaces the branch below `parentId` with the new messages of a send or regenerate. */
  const extend = (parentId: string | null, added: ChatMessageView[]) => {
    const { messages } = get();
    const cut = parentId === null ? 0 : messages.findIndex((m) => m.id === parentId) + 1;
    const fresh = added.map((m) => early.get(m.id) ?? m);
    for (const m of fresh) if (early.delete(m.id) && !isLive(m)) endStream(m.id);
    set({ messages: [...messages.slice(0, cut), ...fresh] });
  };

  return {
    openId: null,
    conversation: null,
    messages: [],
    loading: false,
    loadError: null,
    highlightId: null,
    branchReturn: null,
    async open(id) {
      const seq = ++openSeq;
      const known = useChatList.getState().items.find((c) => c.id === id) ?? null;
      set({ openId: id, conversation: known, messages: [], loading: true, loadError: null, highlightId: null, branchReturn: null });
      const r = await call('chat.open', { id });
      if (seq !== openSeq) return;
      if (!r.ok) return set({ loading: false, loadError: r.error });
      showView(r.value);
    },
    close() {
      openSeq++;
      set({ openId: null, conversation: null, messages: [], loading: false, loadError: null, branchReturn: null });
    },
    async send(input) {
      const id = get().openId;
      if (!id) return { ok: false, error: { code: 'not_found', message: i18n.t('toasts:chat.openConversationFirst'), hint: '' } };
      const r = await call('chat.send', { conversationId: id, ...input });
      if (!r.ok || get().openId !== id) return r;
      const parentId = input.parentId === undefined ? (get().messages.at(-1)?.id ?? null) : input.parentId;
      extend(parentId, [r.value.userMessage, r.value.assistantMessage]);
      return r;
    },
    async regenerate(messageId, model) {
      const id = get().openId;
      const r = await call('chat.regenerate', { messageId, ...(model ? { model } : {}) });
      if (!r.ok) return toastError(r.error, i18n.t('toasts:chat.regenerateFailed'));
      if (get().openId === id) extend(r.value.userMessage.id, [r.value.assistantMessage]);
    },
    async stop() {
      const live = get().messages.filter(isLive);
      for (const m of live) {
        const r = await call('chat.stop', { messageId: m.id });
        if (!r.ok) toastError(r.error, i18n.t('toasts:chat.stopFailed'));
      }
    },
    async selectBranch(messageId) {
      const id = get().openId;
      const r = await call('chat.selectBranch', { messageId });
      if (!r.ok) return toastError(r.error, i18n.t('toasts:chat.versionFailed'));
      if (get().openId === id) showView(r.value, { branchReturn: null });
    },
    async jumpTo(messageId, conversationId) {
      const seq = ++openSeq;
      // What was on screen in that conversation before: read it first, to tell whether the jump changes version.
      let before = conversationId && get().openId === conversationId ? get().messages : [];
      set({ loading: true, highlightId: null, branchReturn: null });
      if (conversationId && before.length === 0) {
        const current = await call('chat.open', { id: conversationId });
        if (current.ok) before = current.value.messages;
      }
      const r = await call('chat.selectBranch', { messageId });
      if (seq !== openSeq) return;
      if (!r.ok) {
        set({ loading: false });
        return toastError(r.error, i18n.t('toasts:chat.openMessageFailed'));
      }
      const leafId = leftBehindLeaf(before, r.value.messages);
      showView(r.value, { highlightId: messageId, branchReturn: leafId ? { conversationId: r.value.conversation.id, leafId } : null });
    },
    async returnToBranch() {
      const back = get().branchReturn;
      if (!back || get().openId !== back.conversationId) return set({ branchReturn: null });
      const r = await call('chat.selectBranch', { messageId: back.leafId });
      if (!r.ok) return toastError(r.error, i18n.t('toasts:chat.versionFailed'));
      if (get().openId === back.conversationId) showView(r.value, { branchReturn: null });
    },
    dismissBranchReturn() {
      set({ branchReturn: null });
    },
    async update(patch, action) {
      const id = get().openId;
      if (!id) return;
      const before = get().conversation;
      const updated = await useChatList.getState().update(id, patch, action);
      if (get().openId !== id) return;
      set({ conversation: updated ?? before });
    },
    clearHighlight() {
      set({ highlightId: null });
    },
    applyMessage(conversationId, message) {
      if (isLive(message)) return;
      const { openId, messages, conversation } = get();
      const index = openId === conversationId ? messages.findIndex((m) => m.id === message.id) : -1;
      if (index === -1) {
        // Not shown (yet): if this page's send is still on its way, use the final state when it lands.
        if (openId === conversationId) early.set(message.id, message);
        endStream(message.id);
        return;
      }
      const previous = messages[index]!;
      const next = [...messages];
      next[index] = message;
      const added = isLive(previous) ? message.costMicros : 0;
      const summary = conversation && added ? { ...conversation, costMicros: conversation.costMicros + added } : conversation;
      set({ messages: next, conversation: summary });
      endStream(message.id);
      if (summary && added) useChatList.getState().upsert(summary);
    },
  };
});

/** The conversation's summary changed in the list (a rename elsewhere, a reload): keep the header in step. */
export function syncOpenSummary(): void {
  const { openId, conversation } = useChatConversation.getState();
  if (!openId) return;
  const listed = [...useChatList.getState().items, ...useChatList.getState().archived].find((c) => c.id === openId);
  if (listed && listed !== conversation) useChatConversation.setState({ conversation: listed });
}

/** Deletes with an undo toast; if it was open, the next conversation in the list opens instead. */
export async function deleteConversation(c: ConversationSummary): Promise<void> {
  const list = useChatList.getState();
  const index = list.items.findIndex((x) => x.id === c.id);
  const removed = await list.remove(c);
  const conv = useChatConversation.getState();
  if (!removed || conv.openId !== c.id) return;
  const items = useChatList.getState().items;
  const next = items[Math.min(Math.max(index, 0), items.length - 1)];
  if (next) void conv.open(next.id);
  else conv.close();
}
