import { create } from 'zustand';
import type { ChunkView, RecordingView } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api';
import { toastError, toastSuccess } from '../shell/toasts';
import { i18n } from '../../i18n';

/** Chunk completions seen in this session: the ETA comes from this throughput. */
export interface Pace {
  /** Chunks done when this session first saw the recording transcribing, and when. */
  fromDone: number;
  fromAt: number;
  /** The latest count of chunks done, and when it last grew. */
  lastDone: number;
  lastAt: number;
}

export type JobAction = 'pause' | 'resume' | 'cancel' | 'retry' | 'prioritize';

interface QueueState {
  items: RecordingView[];
  loaded: boolean;
  loadError: AppError | null;
  queuePaused: boolean;
  /** Per-chunk state of recordings still in the queue (the cells of their chunk strips). */
  chunks: Record<string, ChunkView[]>;
  pace: Record<string, Pace>;
  /** Recordings with an action under way (buttons show a spinner). */
  busy: Record<string, JobAction | 'remove' | undefined>;
  load(): Promise<void>;
  setQueuePaused(paused: boolean): Promise<void>;
  act(id: string, action: JobAction): Promise<void>;
  remove(id: string): Promise<boolean>;
}

export const isFinished = (r: RecordingView) => r.state === 'done' || r.state === 'failed' || r.state === 'cancelled';


function nextPace(prev: Pace | undefined, r: RecordingView, now: number): Pace | undefined {
  if (r.phase !== 'transcribing' || r.state !== 'running') return prev && r.phase === 'transcribing' ? prev : undefined;
  if (!prev) return { fromDone: r.chunks.done, fromAt: now, lastDone: r.chunks.done, lastAt: now };
  return r.chunks.done > prev.lastDone ? { ...prev, lastDone: r.chunks.done, lastAt: now } : prev;
}

let serial = 0;

export const useTranscription = create<QueueState>()((set, get) => {
  /** Chunk cells of unfinished recordings; their transcripts are empty, so the detail is small. */
  const loadChunks = async (items: RecordingView[]) => {
    const wanted = items.filter((r) => r.chunks.total > 0 && r.state !== 'done');
    const known = get().chunks;
    const stale = wanted.filter((r) => known[r.id]?.filter((c) => c.state === 'done').length !== r.chunks.done || known[r.id]?.length !== r.chunks.total);
    const details = await Promise.all(stale.map((r) => call('transcription.get', { id: r.id })));
    const next: Record<string, ChunkView[]> = {};
    for (const r of wanted) if (known[r.id]) next[r.id] = known[r.id]!;
    details.forEach((d) => {
      if (d.ok) next[d.value.recording.id] = d.value.chunks;
    });
    set({ chunks: next });
  };

  return {
    items: [],
    loaded: false,
    loadError: null,
    queuePaused: false,
    chunks: {},
    pace: {},
    busy: {},
    async load() {
      const mine = ++serial;
      const [list, queue] = await Promise.all([call('transcription.list', {}), call('transcription.queueState', {})]);
      if (mine !== serial) return;
      if (!list.ok) return set({ loadError: list.error, loaded: true });
      const now = Date.now();
      const pace: Record<string, Pace> = {};
      for (const r of list.value) {
        const p = nextPace(get().pace[r.id], r, now);
        if (p) pace[r.id] = p;
      }
      set({ items: list.value, loaded: true, loadError: null, pace, ...(queue.ok ? { queuePaused: queue.value.paused } : {}) });
      await loadChunks(list.value);
    },
    async setQueuePaused(paused) {
      set({ queuePaused: paused });
      const r = await call('transcription.setQueuePaused', { paused });
      if (r.ok) set({ queuePaused: r.value.paused });
      else {
        set({ queuePaused: !paused });
        toastError(r.error, paused ? i18n.t('toasts:transcription.pauseFailed') : i18n.t('toasts:transcription.resumeFailed'));
      }
    },
    async act(id, action) {
      set((s) => ({ busy: { ...s.busy, [id]: action } }));
      const r = await call(`transcription.${action}`, { id });
      set((s) => ({ busy: { ...s.busy, [id]: undefined } }));
      if (!r.ok) return toastError(r.error, i18n.t(`toasts:transcription.actionFailed.${action}`));
      set((s) => ({ items: s.items.map((i) => (i.id === id ? r.value : i)) }));
    },
    async remove(id) {
      const name = get().items.find((i) => i.id === id)?.name;
      set((s) => ({ busy: { ...s.busy, [id]: 'remove' } }));
      const r = await call('transcription.remove', { id });
      set((s) => ({ busy: { ...s.busy, [id]: undefined } }));
      if (!r.ok) {
        toastError(r.error, i18n.t('toasts:transcription.removeFailed'));
        return false;
      }
      set((s) => ({ items: s.items.filter((i) => i.id !== id) }));
      toastSuccess(i18n.t('toasts:transcription.removed'), name ? i18n.t('toasts:transcription.removedBody', { name }) : i18n.t('toasts:transcription.removedUnnamed'));
      return true;
    },
  };
});
