import { create } from 'zustand';
import type { GenerationView, OutputCard, OutputDetail, ParsedInput, StudioBatchView } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { call, mediaUrl, onConnectionState, subscribe } from '../../api';
import { i18n } from '../../i18n';
import { toastError, toastSuccess } from '../shell/toasts';

export type GalleryFilter = Omit<ParsedInput<'studio.gallery'>, never>;
export type ReviewAction = ParsedInput<'studio.review'>['action'];

/** A core media path (/media/attachment/<hash>) as a URL this page can load. */
export const imageUrl = (path: string) => mediaUrl('attachment', path.slice(path.lastIndexOf('/') + 1));

interface StudioState {
  cards: OutputCard[];
  generations: GenerationView[];
  /** Batch API runs (the draft being collected among them). */
  batches: StudioBatchView[];
  loaded: boolean;
  loadError: AppError | null;
  filter: GalleryFilter;
  selectedId: string | null;
  detail: OutputDetail | null;
  /** Latest streamed partial per running generation (data URL). */
  partials: Record<string, string>;
  busy: string | null;
  /** How long the last gallery read took (ms), for the benchmark. */
  lastLoadMs: number;
  load(): Promise<void>;
  setFilter(patch: Partial<GalleryFilter>): void;
  select(id: string | null): Promise<void>;
  review(action: ReviewAction, extra?: { notes?: string; reason?: string; override?: boolean }): Promise<AppError | null>;
  recheck(): Promise<void>;
  cancel(id: string): Promise<void>;
  retry(id: string): Promise<void>;
  sendBatch(id: string): Promise<void>;
  cancelBatch(id: string): Promise<void>;
}

let serial = 0;
/** The filter of the cards on screen (JSON), to tell a refresh from a new read. */
let shownFilter: string | null = null;
/** Cards in the first read: a screenful or three, so the gallery paints before a large library arrives. */
const FIRST_PAGE = 240;

export const useStudio = create<StudioState>()((set, get) => ({
  cards: [],
  generations: [],
  batches: [],
  loaded: false,
  loadError: null,
  filter: {},
  selectedId: null,
  detail: null,
  partials: {},
  busy: null,
  lastLoadMs: 0,
  async load() {
    const mine = ++serial;
    const t0 = performance.now();
    const filterKey = JSON.stringify(get().filter);
    // A refresh of what is on screen (same filter) reads the whole gallery at once and swaps it in when it
    // arrives, so a large gallery never shrinks to its first page and grows back. A first read, or a new
    // filter, paints as soon as its first page is here; the queue's generations and batches follow.
    const refresh = get().loaded && shownFilter === filterKey && get().cards.length > FIRST_PAGE;
    shownFilter = filterKey;
    const first = call('studio.gallery', refresh ? get().filter : { ...get().filter, limit: FIRST_PAGE });
    const others = Promise.all([call('studio.generations', { limit: 50 }), call('studio.batches', {})]);
    const cards = await first;
    if (mine !== serial) return;
    if (!cards.ok) return set({ loaded: true, loadError: cards.error });
    set({ cards: cards.value, loaded: true, loadError: null, lastLoadMs: performance.now() - t0 });
    const [gens, batches] = await others;
    if (mine !== serial) return;
    set({ generations: gens.ok ? gens.value : get().generations, batches: batches.ok ? batches.value : get().batches });
    if (!refresh && cards.value.length === FIRST_PAGE) {
      // The first page is painted; the rest of a large gallery follows in one read.
      const rest = await call('studio.gallery', { ...get().filter, offset: FIRST_PAGE });
      if (mine !== serial) return;
      if (rest.ok) set({ cards: [...cards.value, ...rest.value] });
    }
    const id = get().selectedId;
    if (id) {
      const d = await call('studio.output', { id });
      if (d.ok && get().selectedId === id) set({ detail: d.value });
    }
  },
  setFilter(patch) {
    set({ filter: Object.fromEntries(Object.entries({ ...get().filter, ...patch }).filter(([, v]) => v !== undefined && v !== '')) as GalleryFilter });
    void get().load();
  },
  async select(id) {
    set({ selectedId: id, detail: id === get().detail?.output.id ? get().detail : null });
    if (!id) return;
    const d = await call('studio.output', { id });
    if (get().selectedId !== id) return;
    if (d.ok) set({ detail: d.value });
    else toastError(d.error);
  },
  async review(action, extra = {}) {
    const id = get().selectedId;
    if (!id) return null;
    set({ busy: action });
    const r = await call('studio.review', { id, action, ...extra });
    set({ busy: null });
    if (!r.ok) return r.error;
    set({ detail: r.value });
    void get().load();
    return null;
  },
  async recheck() {
    const id = get().selectedId;
    if (!id) return;
    set({ busy: 'check' });
    const r = await call('studio.check', { id });
    set({ busy: null });
    if (r.ok) set({ detail: r.value });
    else toastError(r.error);
  },
  async cancel(id) {
    const r = await call('studio.cancel', { id });
    if (!r.ok) toastError(r.error);
  },
  async retry(id) {
    const r = await call('studio.retry', { id });
    if (!r.ok) toastError(r.error);
    else if (r.value.batchId) toastSuccess(i18n.t('studio:batch.retried'));
  },
  async sendBatch(id) {
    const r = await call('studio.sendBatch', { id });
    if (!r.ok) toastError(r.error);
  },
  async cancelBatch(id) {
    const r = await call('studio.cancelBatch', { id });
    if (!r.ok) toastError(r.error);
  },
}));

/**
 * While the screen is closed, only whether the studio's data changed is tracked (a data.changed event, or a
 * lost connection that may have hidden one): coming back to an unchanged gallery shows it at once, with no
 * read of thousands of cards.
 */
let stale = true;
let whileAway: (() => void) | null = null;

/** Wires the studio store to core's events; reads what changed since the screen was last open. */
export function watchStudio(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void useStudio.getState().load(), 120);
  };
  whileAway?.();
  whileAway = null;
  if (stale || !useStudio.getState().loaded) void useStudio.getState().load();
  stale = false;
  const offs = [
    subscribe('data.changed', ({ topic }) => topic === 'studio' && soon()),
    subscribe('studio.partial', ({ generationId, dataUrl }) => useStudio.setState((s) => ({ partials: { ...s.partials, [generationId]: dataUrl } }))),
  ];
  return () => {
    clearTimeout(timer);
    offs.forEach((off) => off());
    const awayOffs = [
      subscribe('data.changed', ({ topic }) => {
        if (topic === 'studio') stale = true;
      }),
      onConnectionState((state) => {
        if (state !== 'open') stale = true;
      }),
    ];
    whileAway = () => awayOffs.forEach((off) => off());
  };
}
