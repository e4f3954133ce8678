import { create } from 'zustand';
import type { TranscriptHit } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { call } from '../api';
import { useTranscriptionDetail } from './transcriptionDetail';

/** The search box across every transcript, in the screen's header. */
interface SearchState {
  open: boolean;
  query: string;
  hits: TranscriptHit[];
  /** The query the hits answer ("no matches" shows only for a finished search). */
  answered: string;
  searching: boolean;
  error: AppError | null;
  selected: number;
  setOpen(open: boolean): void;
  setQuery(query: string): void;
  move(delta: number): void;
  select(index: number): void;
  /** Opens the recording at the hit's segment. */
  choose(index?: number): Promise<void>;
}

const DEBOUNCE_MS = 150;
let timer: ReturnType<typeof setTimeout> | undefined;
let seq = 0;

export const useTranscriptionSearch = create<SearchState>()((set, get) => ({
  open: false,
  query: '',
  hits: [],
  answered: '',
  searching: false,
  error: null,
  selected: 0,
  setOpen(open) {
    set({ open });
  },
  setQuery(query) {
    set({ query, open: true });
    clearTimeout(timer);
    const mine = ++seq;
    if (!query.trim()) return set({ hits: [], answered: '', searching: false, error: null, selected: 0 });
    set({ searching: true });
    timer = setTimeout(async () => {
      const r = await call('transcription.search', { query, limit: 50 });
      if (mine !== seq) return;
      set(r.ok ? { hits: r.value, answered: query, searching: false, error: null, selected: 0 } : { hits: [], answered: query, searching: false, error: r.error });
    }, DEBOUNCE_MS);
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
    await useTranscriptionDetail.getState().open(hit.recordingId, hit.idx);
  },
}));
