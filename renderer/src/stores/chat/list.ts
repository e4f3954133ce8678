import { create } from 'zustand';
import type { CallInput, ConversationSummary } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api';
import { toastError, useToasts } from '../shell/toasts';
import { i18n } from '../../i18n';

/** The sidebar's conversations. Pages of PAGE are read as the list scrolls, so thousands stay cheap. */
export const PAGE = 500;
const MAX = 10_000;

export type ListView = 'all' | 'pinned' | 'archived';
export type ConversationPatch = Omit<CallInput<'chat.update'>, 'id'>;

interface ChatListState {
  items: ConversationSummary[];
  archived: ConversationSummary[];
  loaded: boolean;
  loadError: AppError | null;
  hasMore: boolean;
  loadingMore: boolean;
  view: ListView;
  filter: string;
  folder: string | null;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  setView(view: ListView): void;
  setFilter(filter: string): void;
  setFolder(folder: string | null): void;
  create(sceneId?: string | null): Promise<ConversationSummary | null>;
  /** Rename, pin, archive, file or tag; applied at once and rolled back with a toast on failure. */
  update(id: string, patch: ConversationPatch, action: string): Promise<ConversationSummary | null>;
  /** Moves to the trash with an "Undo" toast that restores it. */
  remove(conversation: ConversationSummary): Promise<boolean>;
  restore(id: string): Promise<ConversationSummary | null>;
  /** Puts a changed or new summary in place without a round trip. */
  upsert(summary: ConversationSummary): void;
}

const replaceIn = (list: ConversationSummary[], c: ConversationSummary) => (list.some((x) => x.id === c.id) ? list.map((x) => (x.id === c.id ? c : x)) : list);

export const useChatList = create<ChatListState>()((set, get) => ({
  items: [],
  archived: [],
  loaded: false,
  loadError: null,
  hasMore: false,
  loadingMore: false,
  view: 'all',
  filter: '',
  folder: null,
  async load() {
    // Re-read as many as are shown, so a refresh never shortens the list under the user's scroll.
    const limit = Math.min(MAX, Math.max(PAGE, get().items.length));
    const [active, archived] = await Promise.all([call('chat.list', { limit }), get().view === 'archived' || get().archived.length ? call('chat.list', { archived: true, limit: MAX }) : null]);
    if (!active.ok) return set({ loaded: true, loadError: active.error });
    set({ items: active.value, hasMore: active.value.length === limit && limit < MAX, loaded: true, loadError: null, ...(archived?.ok ? { archived: archived.value } : {}) });
  },
  async loadMore() {
    const { items, hasMore, loadingMore } = get();
    if (!hasMore || loadingMore) return;
    set({ loadingMore: true });
    const r = await call('chat.list', { limit: PAGE, offset: items.length });
    if (!r.ok) return set({ loadingMore: false });
    set((s) => {
      const known = new Set(s.items.map((c) => c.id));
      return { items: [...s.items, ...r.value.filter((c) => !known.has(c.id))], hasMore: r.value.length === PAGE && s.items.length + PAGE < MAX, loadingMore: false };
    });
  },
  setView(view) {
    set({ view });
    if (view === 'archived') void get().load();
  },
  setFilter(filter) {
    set({ filter });
  },
  setFolder(folder) {
    set({ folder });
  },
  async create(sceneId) {
    const r = await call('chat.create', sceneId ? { sceneId } : {});
    if (!r.ok) {
      toastError(r.error, i18n.t('toasts:chat.startFailed'));
      return null;
    }
    set((s) => ({ items: [r.value, ...s.items.filter((c) => c.id !== r.value.id)], view: s.view === 'archived' ? 'all' : s.view }));
    return r.value;
  },
  async update(id, patch, action) {
    const before = { items: get().items, archived: get().archived };
    const current = [...before.items, ...before.archived].find((c) => c.id === id);
    if (current) get().upsert(patched(current, patch));
    const r = await call('chat.update', { id, ...patch });
    if (!r.ok) {
      set(before);
      toastError(r.error, action);
      return null;
    }
    get().upsert(r.value);
    return r.value;
  },
  async remove(conversation) {
    const before = { items: get().items, archived: get().archived };
    set((s) => ({ items: s.items.filter((c) => c.id !== conversation.id), archived: s.archived.filter((c) => c.id !== conversation.id) }));
    const r = await call('chat.delete', { id: conversation.id });
    if (!r.ok) {
      set(before);
      toastError(r.error, i18n.t('toasts:chat.deleteFailed', { title: conversation.title }));
      return false;
    }
    useToasts.getState().push({
      tone: 'info',
      title: i18n.t('toasts:chat.deleted'),
      message: i18n.t('toasts:chat.deletedBody', { title: conversation.title }),
      action: { label: i18n.t('toasts:chat.undo'), run: () => void get().restore(conversation.id) },
    });
    return true;
  },
  async restore(id) {
    const r = await call('chat.restore', { id });
    if (!r.ok) {
      toastError(r.error, i18n.t('toasts:chat.restoreFailed'));
      return null;
    }
    get().upsert(r.value);
    void get().load();
    return r.value;
  },
  upsert(c) {
    set((s) => {
      const inActive = s.items.some((x) => x.id === c.id);
      const inArchived = s.archived.some((x) => x.id === c.id);
      if (c.archived) {
        return { items: s.items.filter((x) => x.id !== c.id), archived: inArchived ? replaceIn(s.archived, c) : [c, ...s.archived] };
      }
      const items = inActive ? replaceIn(s.items, c) : [c, ...s.items];
      return { items: c.pinned === s.items.find((x) => x.id === c.id)?.pinned || !inActive ? items : sortPinned(items), archived: s.archived.filter((x) => x.id !== c.id) };
    });
  },
}));

function patched(c: ConversationSummary, { model, ...rest }: ConversationPatch): ConversationSummary {
  const next: ConversationSummary = { ...c, ...rest, tags: rest.tags ?? c.tags };
  if (model !== undefined) Object.assign(next, { providerId: model?.providerId ?? null, model: model?.model ?? null });
  return next;
}

/** Pinned first, otherwise keeping the core's newest-first order. */
function sortPinned(list: ConversationSummary[]): ConversationSummary[] {
  return [...list.filter((c) => c.pinned), ...list.filter((c) => !c.pinned)];
}

/** What the sidebar shows for the current view, folder and title filter. */
export function visibleConversations(s: Pick<ChatListState, 'items' | 'archived' | 'view' | 'filter' | 'folder'>): ConversationSummary[] {
  const base = s.view === 'archived' ? s.archived : s.view === 'pinned' ? s.items.filter((c) => c.pinned) : s.items;
  const q = s.filter.trim().toLowerCase();
  return base.filter((c) => (s.folder === null || c.folder === s.folder) && (!q || c.title.toLowerCase().includes(q) || c.tags.some((t) => t.toLowerCase().includes(q))));
}

/** Folder names in use, for the sidebar's folder filter and the "Move to folder" field. */
export function foldersOf(items: readonly ConversationSummary[]): string[] {
  return [...new Set(items.map((c) => c.folder).filter((f): f is string => Boolean(f)))].sort((a, b) => a.localeCompare(b));
}
