import { create } from 'zustand';
import type { ModelRef, RecordingView } from '../../../../shared/contract';
import { makeError, type AppError, type Result } from '../../../../shared/errors';
import { call } from '../../api';
import { useSettings } from '../settings/settings';
import { useTranscription } from './jobs';
import { useTranscriptionDetail } from './detail';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { looksLikeRecording, readDuration, readHead, refusalReason } from './media';
import { uploadFile } from '../../lib/upload';
import { toastSuccess } from '../shell/toasts';

export const MAX_SPEAKERS = 4;
export const CLIP_MIN_MS = 2000;
export const CLIP_MAX_MS = 10_000;

/** A duration being read is undefined; null means the browser could not tell. */
export interface IntakeFile {
  key: string;
  file: File;
  durationMs: number | null | undefined;
}

export interface KnownSpeaker {
  key: string;
  name: string;
  clip: IntakeFile | null;
}

export interface UploadProgress {
  sent: number;
  total: number;
  /** The file being sent now. */
  current: string;
}

interface IntakeState {
  open: boolean;
  files: IntakeFile[];
  refused: { name: string; reason: string }[];
  model: ModelRef | null;
  language: string;
  prompt: string;
  speakers: KnownSpeaker[];
  phase: 'editing' | 'uploading' | 'adding';
  progress: UploadProgress | null;
  error: AppError | null;
  /** Files from the picker or a drop: accepted ones join the list, the rest are named with the reason. */
  offer(files: readonly File[]): void;
  removeFile(key: string): void;
  setModel(model: ModelRef | null): void;
  setLanguage(language: string): void;
  setPrompt(prompt: string): void;
  addSpeaker(): void;
  updateSpeaker(key: string, patch: { name?: string; clip?: File | null }): void;
  removeSpeaker(key: string): void;
  dismiss(): void;
  start(): Promise<Result<RecordingView[]>>;
}

let nextKey = 1;
let abortUpload = false;
const key = () => `f${nextKey++}`;

export const usesSpeakers = (model: ModelRef | null) => Boolean(model?.model.includes('diarize'));

/** Whether a reference clip is usable, or why not. */
export function clipProblem(clip: IntakeFile | null): string | null {
  if (!clip) return i18n.t('toasts:transcription.clipMissing');
  if (clip.durationMs === undefined) return null;
  if (clip.durationMs === null) return i18n.t('toasts:transcription.clipUnreadable');
  if (clip.durationMs < CLIP_MIN_MS || clip.durationMs > CLIP_MAX_MS) return i18n.t('toasts:transcription.clipLength', { seconds: formatNumber(clip.durationMs / 1000, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
  return null;
}

export const useTranscriptionIntake = create<IntakeState>()((set, get) => {
  const measure = (entry: IntakeFile, apply: (ms: number | null) => void) => void readDuration(entry.file).then(apply);
  /** Refuses a file at once, with the reason, instead of uploading it to fail later. */
  const refuse = (k: string, reason: string) =>
    set((s) => {
      const file = s.files.find((f) => f.key === k);
      return file ? { files: s.files.filter((f) => f.key !== k), refused: [...s.refused, { name: file.file.name, reason }] } : {};
    });
  /** A length the browser cannot read is fine for odd codecs, but not for a file that is not a recording at all. */
  const check = (entry: IntakeFile) =>
    measure(entry, (ms) => {
      if (ms !== null) return setFileDuration(entry.key, ms);
      void readHead(entry.file)
        .then(looksLikeRecording, () => false)
        .then((media) => (media ? setFileDuration(entry.key, null) : refuse(entry.key, i18n.t('transcription:intake.notAudio', { name: entry.file.name }))));
    });
  const setFileDuration = (k: string, ms: number | null) =>
    set((s) => ({
      files: s.files.map((f) => (f.key === k ? { ...f, durationMs: ms } : f)),
      speakers: s.speakers.map((sp) => (sp.clip?.key === k ? { ...sp, clip: { ...sp.clip, durationMs: ms } } : sp)),
    }));

  /** Sends one file in parts; returns its upload id (also pushed to `started` at once, so a failure can drop it). */
  const send = (file: File, sentBefore: number, total: number, started: string[]): Promise<string> =>
    uploadFile(file, {
      started: (id) => started.push(id),
      progress: (sent) => set({ progress: { sent: sentBefore + sent, total, current: file.name } }),
      stopped: () => (abortUpload ? makeError('cancelled', i18n.t('toasts:transcription.uploadStopped')) : null),
      unreadable: () => makeError('not_found', i18n.t('toasts:transcription.fileUnreadable', { name: file.name })),
    });

  return {
    open: false,
    files: [],
    refused: [],
    model: null,
    language: '',
    prompt: '',
    speakers: [],
    phase: 'editing',
    progress: null,
    error: null,
    offer(incoming) {
      if (get().phase !== 'editing') return;
      const accepted: IntakeFile[] = [];
      const refused: { name: string; reason: string }[] = [];
      for (const file of incoming) {
        const reason = refusalReason(file);
        if (reason) refused.push({ name: file.name, reason });
        else accepted.push({ key: key(), file, durationMs: undefined });
      }
      const wasOpen = get().open;
      set((s) => ({
        open: true,
        files: wasOpen ? [...s.files, ...accepted] : accepted,
        refused: wasOpen ? [...s.refused, ...refused] : refused,
        ...(wasOpen ? {} : { model: useSettings.getState().settings?.defaults['audio-offline'] ?? null, language: '', prompt: '', speakers: [], error: null }),
      }));
      for (const f of accepted) check(f);
    },
    removeFile(k) {
      set((s) => ({ files: s.files.filter((f) => f.key !== k) }));
    },
    setModel(model) {
      set({ model, error: null });
    },
    setLanguage(language) {
      set({ language });
    },
    setPrompt(prompt) {
      set({ prompt });
    },
    addSpeaker() {
      if (get().speakers.length >= MAX_SPEAKERS) return;
      set((s) => ({ speakers: [...s.speakers, { key: key(), name: '', clip: null }] }));
    },
    updateSpeaker(k, patch) {
      let clip: IntakeFile | null | undefined;
      if (patch.clip !== undefined) clip = patch.clip ? { key: key(), file: patch.clip, durationMs: undefined } : null;
      set((s) => ({ speakers: s.speakers.map((sp) => (sp.key === k ? { ...sp, ...(patch.name !== undefined ? { name: patch.name } : {}), ...(clip !== undefined ? { clip } : {}) } : sp)) }));
      if (clip) measure(clip, (ms) => setFileDuration(clip.key, ms));
    },
    removeSpeaker(k) {
      set((s) => ({ speakers: s.speakers.filter((sp) => sp.key !== k) }));
    },
    dismiss() {
      if (get().phase !== 'editing') abortUpload = true;
      set({ open: false, files: [], refused: [], speakers: [], phase: 'editing', progress: null, error: null });
    },
    async start() {
      const { files, model, language, prompt } = get();
      const speakers = usesSpeakers(model) ? get().speakers.filter((s) => s.name.trim() || s.clip) : [];
      abortUpload = false;
      const total = files.reduce((n, f) => n + f.file.size, 0) + speakers.reduce((n, s) => n + (s.clip?.file.size ?? 0), 0);
      set({ phase: 'uploading', error: null, progress: { sent: 0, total, current: files[0]?.file.name ?? '' } });
      const started: string[] = [];
      try {
        const uploads: string[] = [];
        let sent = 0;
        for (const f of files) {
          uploads.push(await send(f.file, sent, total, started));
          sent += f.file.size;
        }
        const known: { name: string; uploadId: string }[] = [];
        for (const s of speakers) {
          known.push({ name: s.name.trim(), uploadId: await send(s.clip!.file, sent, total, started) });
          sent += s.clip!.file.size;
        }
        set({ phase: 'adding' });
        const r = await call('transcription.add', {
          uploads,
          ...(model ? { model } : {}),
          language: language || null,
          prompt: prompt.trim() || null,
          ...(known.length ? { speakers: known } : {}),
        });
        if (!r.ok) throw r.error;
        set({ open: false, files: [], refused: [], speakers: [], phase: 'editing', progress: null });
        void useTranscription.getState().load();
        const first = r.value[0];
        if (first) void useTranscriptionDetail.getState().open(first.id);
        toastSuccess(i18n.t('toasts:transcription.queued', { count: r.value.length }), i18n.t('toasts:transcription.queuedBody'));
        return { ok: true, value: r.value };
      } catch (e) {
        // Nothing of a failed or stopped batch is kept in core (uploads already queued are not affected).
        for (const uploadId of started) void call('uploads.cancel', { uploadId });
        const error = e && typeof e === 'object' && 'code' in e ? (e as AppError) : makeError('internal', e instanceof Error ? e.message : undefined);
        // A stopped upload was dismissed by the user: nothing more to show.
        if (!get().open) return { ok: false, error };
        const named = typeof error.details?.file === 'string' && error.details.permanent === true ? get().files.find((f) => f.file.name === error.details?.file) : undefined;
        if (named) {
          // Core could not read this file: it is left out with the reason; the rest can be started again as they are.
          set({ phase: 'editing', progress: null, error: null });
          refuse(named.key, error.message);
          return { ok: false, error };
        }
        set({ phase: 'editing', progress: null, error });
        return { ok: false, error };
      }
    },
  };
});
