import { downloadFile } from '../../lib/download';
import { create } from 'zustand';
import { i18n } from '../../i18n';
import type { RecordingDetail } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import { call } from '../../api';
import { toastError, toastSuccess } from '../shell/toasts';

export type ExportFormat = 'txt' | 'md' | 'srt' | 'vtt' | 'docx' | 'json' | 'minutes-md' | 'minutes-docx';
export type DetailTab = 'transcript' | 'minutes';

const REMEMBERED = 'atelier.transcription.open';

function remembered(): string | null {
  try {
    return window.sessionStorage.getItem(REMEMBERED);
  } catch {
    return null;
  }
}

function remember(id: string | null): void {
  try {
    if (id) window.sessionStorage.setItem(REMEMBERED, id);
    else window.sessionStorage.removeItem(REMEMBERED);
  } catch {
    // Storage can be unavailable; the screen then opens on the queue.
  }
}

interface DetailState {
  /** The recording shown in the detail pane (kept across reloads of the page). */
  openId: string | null;
  detail: RecordingDetail | null;
  loading: boolean;
  error: AppError | null;
  tab: DetailTab;
  /** A segment to bring into view once (a search hit), with a counter so the same one can be asked for twice. */
  focus: { idx: number; nonce: number } | null;
  minutesBusy: Record<string, boolean>;
  minutesError: Record<string, AppError | null>;
  exporting: ExportFormat | null;
  open(id: string, segmentIdx?: number): Promise<void>;
  close(): void;
  reload(): Promise<void>;
  setTab(tab: DetailTab): void;
  renameSpeaker(label: string, name: string): Promise<Result<RecordingDetail>>;
  editSegment(idx: number, text: string): Promise<Result<RecordingDetail>>;
  /** Gives one segment to another speaker (a label already in the transcript, or a new one). */
  moveSegment(idx: number, speaker: string): Promise<void>;
  writeMinutes(id: string): Promise<void>;
  exportAs(format: ExportFormat): Promise<void>;
}

let serial = 0;
let nonce = 0;

export const useTranscriptionDetail = create<DetailState>()((set, get) => ({
  openId: remembered(),
  detail: null,
  loading: false,
  error: null,
  tab: 'transcript',
  focus: null,
  minutesBusy: {},
  minutesError: {},
  exporting: null,
  async open(id, segmentIdx) {
    const same = get().openId === id && get().detail?.recording.id === id;
    remember(id);
    set({
      openId: id,
      ...(same ? {} : { detail: null, error: null, tab: 'transcript' as const }),
      ...(segmentIdx === undefined ? (same ? {} : { focus: null }) : { focus: { idx: segmentIdx, nonce: ++nonce }, tab: 'transcript' as const }),
    });
    if (!same) await get().reload();
  },
  close() {
    remember(null);
    serial++;
    set({ openId: null, detail: null, error: null, loading: false, focus: null });
  },
  async reload() {
    const id = get().openId;
    if (!id) return;
    const mine = ++serial;
    set({ loading: true });
    const r = await call('transcription.get', { id });
    if (mine !== serial) return;
    if (r.ok) return set({ detail: r.value, error: null, loading: false });
    if (r.error.code === 'not_found') {
      remember(null);
      return set({ openId: null, detail: null, error: null, loading: false });
    }
    set({ error: r.error, loading: false });
  },
  setTab(tab) {
    set({ tab });
  },
  async renameSpeaker(label, name) {
    const id = get().openId;
    if (!id) return { ok: false, error: { code: 'not_found', message: i18n.t('toasts:transcription.noneOpen'), hint: '' } };
    const r = await call('transcription.renameSpeaker', { id, label, name });
    if (r.ok && get().openId === id) set({ detail: r.value });
    return r;
  },
  async editSegment(idx, text) {
    const id = get().openId;
    if (!id) return { ok: false, error: { code: 'not_found', message: i18n.t('toasts:transcription.noneOpen'), hint: '' } };
    const before = get().detail;
    // Optimistic: the edited text shows at once and is rolled back if core refuses it.
    if (before) set({ detail: { ...before, segments: before.segments.map((s) => (s.idx === idx ? { ...s, text } : s)) } });
    const r = await call('transcription.editSegment', { id, idx, text });
    if (get().openId !== id) return r;
    if (r.ok) set({ detail: r.value });
    else {
      set({ detail: before });
      toastError(r.error, i18n.t('toasts:transcription.correctionFailed'));
    }
    return r;
  },
  async moveSegment(idx, speaker) {
    const id = get().openId;
    const before = get().detail;
    if (!id || !before) return;
    set({ detail: { ...before, segments: before.segments.map((s) => (s.idx === idx ? { ...s, speaker } : s)) } });
    const r = await call('transcription.moveSegment', { id, idx, speaker });
    if (get().openId !== id) return;
    if (r.ok) set({ detail: r.value });
    else {
      set({ detail: before });
      toastError(r.error, i18n.t('transcription:segment.moveFailed'));
    }
  },
  async writeMinutes(id) {
    set((s) => ({ minutesBusy: { ...s.minutesBusy, [id]: true }, minutesError: { ...s.minutesError, [id]: null } }));
    const r = await call('transcription.minutes', { id });
    set((s) => ({ minutesBusy: { ...s.minutesBusy, [id]: false }, minutesError: { ...s.minutesError, [id]: r.ok ? null : r.error } }));
    if (r.ok && get().openId === id) set({ detail: r.value });
    if (r.ok && get().openId !== id) toastSuccess(i18n.t('toasts:transcription.minutesReady'), i18n.t('toasts:transcription.minutesReadyBody', { name: r.value.recording.name }));
  },
  async exportAs(format) {
    const id = get().openId;
    if (!id) return;
    set({ exporting: format });
    const r = await call('transcription.export', { id, format });
    set({ exporting: null });
    if (!r.ok) return toastError(r.error, i18n.t('toasts:transcription.exportFailed'));
    downloadFile(r.value);
  },
}));
