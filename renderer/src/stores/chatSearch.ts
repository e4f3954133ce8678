import { create } from 'zustand';
import type { SearchHit } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { call } from '../api';
import { useChatConversation } from './chatConversation';

/** The Ctrl/Cmd+K palette: full-text search over every conversation. */
interface SearchState {
  open: boolean;
  query: string;
  hits: SearchHit[];
  /** The query the hits answer (the list shows "no matches" only for a finished search). */
  answered: string;
  searching: boolean;
  error: AppError | null;
  selected: number;
  show(): void;
  hide(): void;
  setQuery(query: string): void;
  move(delta: number): void;
  select(index: number): void;
  /** Closes the palette and opens the conversation at the chosen message. */
  choose(index?: number): Promise<void>;
}

export const SEARCH_DEBOUNCE_MS = 150;
let timer: ReturnType<typeof setTimeout> | undefined;
let seq = 0;

export const useChatSearch = create<SearchState>()((set, get) => ({
  open: false,
  query: '',
  hits: [],
  answered: '',
  searching: false,
  error: null,
  selected: 0,
  show() {
    set({ open: true, selected: 0 });
  },
  hide() {
    set({ open: false });
  },
  setQuery(query) {
    set({ query });
    clearTimeout(timer);
    const mine = ++seq;
    if (!query.trim()) return set({ hits: [], answered: '', searching: false, error: null, selected: 0 });
    set({ searching: true });
    timer = setTimeout(async () => {
      const r = await call('chat.search', { query, limit: 50 });
      if (mine !== seq) return;
      set(r.ok ? { hits: r.value, answered: query, searching: false, error: null, selected: 0 } : { hits: [], answered: query, searching: false, error: r.error });
    }, SEARCH_DEBOUNCE_MS);
  },
  move(delta) {
    const { hits, selected } = get();
    if (hits.length) set({ selected: (selected + delta + hits.length) % hits.length });
  },
  select(index) {
    set({ selected: index });
  },
  async choose(index) {
    const hit = get().hits[index ?? get().selected];
    if (!hit) return;
    set({ open: false });
    await useChatConversation.getState().jumpTo(hit.messageId);
  },
}));
