/**
 * Live meetings: the recorder view, the capture, the frames sent to core, captions and status. Audio
 * goes to core as binary frames (IPC or the browser-mode WebSocket); the key never comes near the page.
 */
import { create } from 'zustand';
import type { LiveCaption, LiveStatus } from '../../../shared/contract';
import type { AppError } from '../../../shared/errors';
import { call, subscribe } from '../api';
import { Capture, LIVE_SAMPLE_RATE, listMicrophones } from '../features/live/capture';
import { useTranscription } from './transcription';
import { useTranscriptionDetail } from './transcriptionDetail';

export interface CaptionLine {
  itemId: string;
  text: string;
  final: boolean;
  startMs: number | null;
  /** From the end of the turn's audio in the microphone to this caption on the page. */
  latencyMs: number | null;
}

interface LiveState {
  open: boolean;
  devices: { id: string; label: string }[];
  deviceId: string | null;
  system: boolean;
  diarize: boolean;
  phase: 'setup' | 'starting' | 'recording' | 'stopping';
  status: LiveStatus | null;
  captions: CaptionLine[];
  /** The latest completed caption's latency (shown in the status bar). */
  latencyMs: number | null;
  level: number;
  /** performance.now() at recording position 0, from the capture's own clock: latencies are measured against it. */
  clockOrigin: number | null;
  /** Audio handed to core so far (ms): what a crash may at most lose, compared with the recording. */
  sentMs: number;
  /** System audio was asked for but not shared (cancelled, refused, or no sound offered): the microphone records alone. */
  systemMissing: boolean;
  error: AppError | null;
  show(): void;
  hide(): void;
  loadDevices(): Promise<void>;
  setDevice(id: string | null): void;
  setSystem(on: boolean): void;
  setDiarize(on: boolean): void;
  start(): Promise<void>;
  togglePause(): Promise<void>;
  stop(): Promise<void>;
}

const MAX_CAPTIONS = 500;
/** The meter and the sent-audio figure refresh at this pace, not per frame: the page's thread stays free to hand frames on. */
const UI_EVERY_MS = 100;
let capture: Capture | null = null;
let seq = 0;
let subscribed = false;

const micError = (e: unknown): AppError => ({
  code: 'forbidden',
  message: e instanceof DOMException && e.name === 'NotAllowedError' ? 'Atelier may not use the microphone.' : `The microphone could not be opened${e instanceof Error ? ` (${e.message})` : ''}.`,
  hint: 'Allow microphone access for Atelier, check that a microphone is connected, and try again.',
});

export const useLive = create<LiveState>()((set, get) => {
  const onCaption = (c: LiveCaption) => {
    const s = get();
    if (!s.status || c.sessionId !== s.status.sessionId) return;
    const latencyMs = c.final && c.endMs !== null && s.clockOrigin !== null ? Math.max(0, Math.round(performance.now() - (s.clockOrigin + c.endMs))) : null;
    const line: CaptionLine = { itemId: c.itemId, text: c.text, final: c.final, startMs: c.startMs, latencyMs };
    const at = s.captions.findIndex((x) => x.itemId === c.itemId);
    const captions = at >= 0 ? s.captions.map((x, i) => (i === at ? line : x)) : [...s.captions, line].slice(-MAX_CAPTIONS);
    set({ captions: captions.filter((x) => x.text || !x.final), ...(latencyMs !== null ? { latencyMs } : {}) });
  };
  const onStatus = (st: LiveStatus) => {
    const s = get();
    if (s.status && st.sessionId !== s.status.sessionId) return;
    set({ status: st });
    if (st.state === 'done' && st.recordingId) finished(st.recordingId);
  };
  const finished = (recordingId: string) => {
    capture?.stop();
    capture = null;
    set({ open: false, phase: 'setup', status: null, captions: [], latencyMs: null, level: 0, clockOrigin: null });
    void useTranscription.getState().load();
    void useTranscriptionDetail.getState().open(recordingId);
  };

  return {
    open: false,
    devices: [],
    deviceId: null,
    system: false,
    diarize: false,
    phase: 'setup',
    status: null,
    captions: [],
    latencyMs: null,
    level: 0,
    clockOrigin: null,
    sentMs: 0,
    systemMissing: false,
    error: null,
    show() {
      if (!subscribed) {
        subscribed = true;
        subscribe('live.caption', onCaption);
        subscribe('live.status', onStatus);
      }
      set({ open: true, error: null });
      void get().loadDevices();
    },
    hide() {
      if (get().phase !== 'setup') return;
      set({ open: false });
    },
    async loadDevices() {
      try {
        const devices = await listMicrophones();
        set({ devices, deviceId: get().deviceId ?? devices[0]?.id ?? null });
      } catch {
        set({ devices: [] });
      }
    },
    setDevice: (deviceId) => set({ deviceId }),
    setSystem: (system) => set({ system }),
    setDiarize: (diarize) => set({ diarize }),
    async start() {
      if (get().phase !== 'setup') return;
      set({ phase: 'starting', error: null, captions: [], latencyMs: null, sentMs: 0, clockOrigin: null, systemMissing: false });
      const cap = new Capture();
      let sessionId: string | null = null;
      let sent = 0;
      let peak = 0;
      let shownAt = 0;
      const show = () => {
        const now = performance.now();
        if (now - shownAt < UI_EVERY_MS) return;
        shownAt = now;
        set({ level: peak, sentMs: sent });
        peak = 0;
      };
      // Frames captured while core opens the meeting: sent as soon as it has an id, so the first words are kept.
      let early: Int16Array[] | null = [];
      const send = (id: string, pcm: Int16Array) => {
        void call('live.audio', { sessionId: id, seq: seq++, bytes: new Uint8Array(pcm.buffer as ArrayBuffer, pcm.byteOffset, pcm.byteLength) });
        sent += (pcm.length * 1000) / LIVE_SAMPLE_RATE;
      };
      seq = 0;
      try {
        const { systemAudio } = await cap.start({ deviceId: get().deviceId, system: get().system }, {
          frame: (pcm, endMs) => {
            const origin = performance.now() - endMs;
            const prev = get().clockOrigin;
            if (prev === null || origin < prev) set({ clockOrigin: origin });
            if (sessionId) send(sessionId, pcm);
            else early?.push(pcm);
          },
          level: (level) => {
            peak = Math.max(peak, level);
            show();
          },
          ended: () => void get().stop(),
        });
        set({ systemMissing: get().system && !systemAudio });
      } catch (e) {
        cap.stop();
        set({ phase: 'setup', error: micError(e) });
        return;
      }
      const r = await call('live.start', { sampleRate: LIVE_SAMPLE_RATE, diarize: get().diarize });
      if (!r.ok) {
        cap.stop();
        early = null;
        set({ phase: 'setup', error: r.error, clockOrigin: null });
        return;
      }
      capture = cap;
      sessionId = r.value.sessionId;
      for (const pcm of early ?? []) send(sessionId, pcm);
      early = null;
      set({ phase: 'recording', status: r.value });
      // Devices have their real names once the permission is granted.
      void get().loadDevices();
    },
    async togglePause() {
      const st = get().status;
      if (!st || get().phase !== 'recording') return;
      const pausing = st.state === 'recording';
      capture?.setPaused(pausing);
      const r = await call(pausing ? 'live.pause' : 'live.resume', { sessionId: st.sessionId });
      if (r.ok) set({ status: r.value });
      else set({ error: r.error });
    },
    async stop() {
      const st = get().status;
      if (!st || get().phase !== 'recording') return;
      capture?.setPaused(true);
      set({ phase: 'stopping' });
      const r = await call('live.stop', { sessionId: st.sessionId });
      if (!r.ok) return set({ phase: 'recording', error: r.error });
      if (r.value.recordingId) finished(r.value.recordingId);
      else set({ phase: 'recording', status: r.value, error: r.value.error });
    },
  };
});
