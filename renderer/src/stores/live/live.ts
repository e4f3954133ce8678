/**
 * Live meetings: the recorder view, the capture, the frames sent to core, captions and status. Audio
 * goes to core as binary frames (IPC or the browser-mode WebSocket); the key never comes near the page.
 */
import { create } from 'zustand';
import type { LiveCaption, LiveStatus } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { call, subscribe } from '../../api';
import { Capture, LIVE_SAMPLE_RATE, listMicrophones } from '../../features/live/capture';
import { useTranscription } from '../transcription/jobs';
import { useTranscriptionDetail } from '../transcription/detail';
import { i18n } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

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
  /** This window's capture feeds the meeting; false for a meeting picked up after a reload or from another window. */
  attached: boolean;
  /** This window recorded the meeting until another window took it over. */
  moved: boolean;
  error: AppError | null;
  show(): void;
  hide(): void;
  loadDevices(): Promise<void>;
  setDevice(id: string | null): void;
  setSystem(on: boolean): void;
  setDiarize(on: boolean): void;
  /** Listens to the meeting's events (called once at start-up). */
  watch(): () => void;
  start(): Promise<void>;
  /** Picks up the meeting being recorded now, if any (a reloaded page, a second window): its status and captions so far. */
  reattach(): Promise<void>;
  /** Records the picked-up meeting from this window's microphone from now on. */
  recordHere(): Promise<void>;
  togglePause(): Promise<void>;
  stop(): Promise<void>;
}

const MAX_CAPTIONS = 500;
/** The meter and the sent-audio figure refresh at this pace, not per frame: the page's thread stays free to hand frames on. */
const UI_EVERY_MS = 100;
let capture: Capture | null = null;

const micError = (e: unknown): AppError => ({
  code: 'forbidden',
  message: e instanceof DOMException && e.name === 'NotAllowedError' ? i18n.t('toasts:live.micRefused') : e instanceof Error ? i18n.t('toasts:live.micFailedWhy', { why: e.message }) : i18n.t('toasts:live.micFailed'),
  hint: i18n.t('toasts:live.micHint'),
});

const toLine = (c: LiveCaption, latencyMs: number | null): CaptionLine => ({ itemId: c.itemId, text: c.text, final: c.final, startMs: c.startMs, latencyMs });

/** A capture that is open but not yet sending: frames wait until the meeting has an id, so the first words are kept. */
type Feed = { ok: true; captureId: string; begin(sessionId: string): void; cancel(): void } | { ok: false; error: AppError };

export const useLive = create<LiveState>()((set, get) => {
  const onCaption = (c: LiveCaption) => {
    const s = get();
    if (!s.status || c.sessionId !== s.status.sessionId) return;
    const latencyMs = c.final && c.endMs !== null && s.clockOrigin !== null ? Math.max(0, Math.round(performance.now() - (s.clockOrigin + c.endMs))) : null;
    const line = toLine(c, latencyMs);
    const at = s.captions.findIndex((x) => x.itemId === c.itemId);
    const captions = at >= 0 ? s.captions.map((x, i) => (i === at ? line : x)) : [...s.captions, line].slice(-MAX_CAPTIONS);
    set({ captions: captions.filter((x) => x.text || !x.final), ...(latencyMs !== null ? { latencyMs } : {}) });
  };
  const onStatus = (st: LiveStatus) => {
    const s = get();
    if (s.status && st.sessionId !== s.status.sessionId) return;
    if (!s.status && s.phase !== 'starting') {
      // A meeting started (or still going) in another window: show it here too.
      if (s.phase === 'setup' && (st.state === 'recording' || st.state === 'paused')) void get().reattach();
      return;
    }
    set({ status: st });
    // Paused or resumed from another window: this window's microphone follows.
    if (s.attached) capture?.setPaused(st.state !== 'recording');
    if (st.state === 'done' && st.recordingId) finished(st.recordingId);
  };
  /** Another window took the meeting over: this one lets go of its microphone and shows the meeting only. */
  const detach = () => {
    capture?.stop();
    capture = null;
    set({ attached: false, moved: true, level: 0 });
  };
  const finished = (recordingId: string) => {
    capture?.stop();
    capture = null;
    set({ open: false, phase: 'setup', status: null, captions: [], latencyMs: null, level: 0, clockOrigin: null, attached: false, moved: false });
    void useTranscription.getState().load();
    void useTranscriptionDetail.getState().open(recordingId);
  };

  /** Opens the microphone (and system audio when asked) and returns a feed that starts sending once begun. */
  const openCapture = async (deviceId: string | null, system: boolean): Promise<Feed> => {
    const cap = new Capture();
    const captureId = crypto.randomUUID();
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
    let early: Int16Array[] | null = [];
    let mySeq = 0;
    const send = (id: string, pcm: Int16Array) => {
      if (capture !== cap) return;
      void call('live.audio', { sessionId: id, capture: captureId, seq: mySeq++, bytes: new Uint8Array(pcm.buffer as ArrayBuffer, pcm.byteOffset, pcm.byteLength) }).then((r) => {
        if (!r.ok && r.error.details?.moved === true && capture === cap) detach();
      });
      sent += (pcm.length * 1000) / LIVE_SAMPLE_RATE;
    };
    try {
      const { systemAudio } = await cap.start({ deviceId, system }, {
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
      set({ systemMissing: system && !systemAudio });
    } catch (e) {
      cap.stop();
      return { ok: false, error: micError(e) };
    }
    return {
      ok: true,
      captureId,
      begin(id) {
        capture?.stop();
        capture = cap;
        sessionId = id;
        for (const pcm of early ?? []) send(id, pcm);
        early = null;
      },
      cancel() {
        cap.stop();
        early = null;
      },
    };
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
    attached: false,
    moved: false,
    error: null,
    watch() {
      const offs = [subscribe('live.caption', onCaption), subscribe('live.status', onStatus)];
      return () => offs.forEach((off) => off());
    },
    show() {
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
      set({ phase: 'starting', error: null, captions: [], latencyMs: null, sentMs: 0, clockOrigin: null, systemMissing: false, moved: false });
      const feed = await openCapture(get().deviceId, get().system);
      if (!feed.ok) return set({ phase: 'setup', error: feed.error });
      const name = i18n.t('live:defaultName', { when: formatDateTime(new Date()) });
      const r = await call('live.start', { name, sampleRate: LIVE_SAMPLE_RATE, diarize: get().diarize, capture: feed.captureId });
      if (!r.ok) {
        feed.cancel();
        set({ phase: 'setup', error: r.error, clockOrigin: null });
        return;
      }
      feed.begin(r.value.sessionId);
      set({ phase: 'recording', status: r.value, attached: true });
      // Devices have their real names once the permission is granted.
      void get().loadDevices();
    },
    async reattach() {
      const s = get();
      if (s.status || s.phase !== 'setup') return;
      const r = await call('live.current', {});
      if (!r.ok || !r.value || get().status || get().phase !== 'setup') return;
      const st = r.value;
      set({ open: true, phase: 'recording', status: st, attached: false, moved: false, captions: [], latencyMs: null, level: 0, clockOrigin: null, sentMs: 0, error: null });
      const c = await call('live.captions', { sessionId: st.sessionId });
      if (!c.ok || get().status?.sessionId !== st.sessionId) return;
      // Captions that arrived while these were on their way are newer: they stay.
      const arrived = get().captions;
      // A completed turn read back from disk has its own id: the same turn, when it also arrived as an event, starts at the same ms.
      const older = c.value.filter((x) => !arrived.some((a) => a.itemId === x.itemId || (a.startMs !== null && a.startMs === x.startMs))).map((x) => toLine(x, null));
      set({ captions: [...older, ...arrived].filter((x) => x.text || !x.final).slice(-MAX_CAPTIONS) });
      void get().loadDevices();
    },
    async recordHere() {
      const st = get().status;
      if (!st || get().attached || get().phase !== 'recording') return;
      set({ error: null, clockOrigin: null, sentMs: 0, systemMissing: false });
      const feed = await openCapture(get().deviceId, get().system);
      if (!feed.ok) return set({ error: feed.error });
      const r = await call('live.attach', { sessionId: st.sessionId, capture: feed.captureId });
      if (!r.ok) {
        feed.cancel();
        return set({ error: r.error });
      }
      feed.begin(st.sessionId);
      capture?.setPaused(r.value.state === 'paused');
      set({ status: r.value, attached: true, moved: false });
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
