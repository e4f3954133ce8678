import { create } from 'zustand';
import type { AppError, Result } from '../../../../shared/errors';

/** A debounced full-text search with a keyboard-selectable list of hits. */
export interface SearchState<H> {
  open: boolean;
  query: string;
  hits: H[];
  /** The query the hits answer (the list shows "no matches" only for a finished search). */
  answered: string;
  searching: boolean;
  error: AppError | null;
  selected: number;
  show(): void;
  hide(): void;
  setOpen(open: boolean): void;
  setQuery(query: string): void;
  move(delta: number): void;
  select(index: number): void;
  /** Closes the list and opens what the hit points at. */
  choose(index?: number): Promise<void>;
}

export const SEARCH_DEBOUNCE_MS = 150;

/** One store per search surface: `search` asks core, `open` goes to a chosen hit. */
export function createSearchStore<H>(search: (query: string) => Promise<Result<H[]>>, openHit: (hit: H) => Promise<void>, opts: { openOnType?: boolean } = {}) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  return create<SearchState<H>>()((set, get) => ({
    open: false,
    query: '',
    hits: [],
    answered: '',
    searching: false,
    error: null,
    selected: 0,
    // Opening starts a new search: yesterday's query and hits would only be in the way.
    show: () => set({ open: true, selected: 0, query: '', hits: [], answered: '', error: null }),
    hide: () => set({ open: false }),
    setOpen: (open) => set({ open }),
    setQuery(query) {
      set(opts.openOnType ? { query, open: true } : { query });
      clearTimeout(timer);
      const mine = ++seq;
      if (!query.trim()) return set({ hits: [], answered: '', searching: false, error: null, selected: 0 });
      set({ searching: true });
      timer = setTimeout(async () => {
        const r = await search(query);
        if (mine !== seq) return;
        set(r.ok ? { hits: r.value, answered: query, searching: false, error: null, selected: 0 } : { hits: [], answered: query, searching: false, error: r.error });
      }, SEARCH_DEBOUNCE_MS);
    },
    move(delta) {
      const { hits, selected } = get();
      if (hits.length) set({ selected: (selected + delta + hits.length) % hits.length });
    },
    select: (index) => set({ selected: index }),
    async choose(index) {
      const hit = get().hits[index ?? get().selected];
      if (!hit) return;
      set({ open: false });
      await openHit(hit);
    },
  }));
}
