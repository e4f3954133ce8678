/**
 * Microphone (and, where the platform offers it, system audio) as PCM16 mono 24 kHz frames. The
 * AudioContext runs at 24 kHz so the browser does the resampling; an AudioWorklet on the audio thread
 * cuts frames of FRAME_MS and posts them here, where they queue rather than drop when the page is busy.
 */
import { holdBackgroundWork } from '../../lib/backgroundWork';

export const LIVE_SAMPLE_RATE = 24_000;
/**
 * Short frames keep captions quick: a word's end waits for the rest of its frame (half a frame on
 * average) before it leaves the page, and so does the silence that lets the server's VAD end the turn.
 * 40 ms frames measured about 40 ms of the app's caption latency; 20 ms halves that for 50 small calls a second.
 */
const FRAME_MS = 20;
const WORKLET_URL = new URL('./pcm-capture.worklet.js', import.meta.url).href;

export interface CaptureHandlers {
  /** A frame of PCM16 and the recording position (ms) at its end. */
  frame(pcm: Int16Array, endMs: number): void;
  /** 0..1, the frame's peak, for the level meter. */
  level(value: number): void;
  /** A source stopped by itself (device unplugged, permission revoked). */
  ended(): void;
}

export async function listMicrophones(): Promise<{ id: string; label: string }[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'audioinput').map((d, i) => ({ id: d.deviceId, label: d.label || `Microphone ${i + 1}` }));
}

/**
 * Whether to offer system audio. The desktop app can only loop the system's output back on Windows
 * (main refuses elsewhere, see electron/main/display-media.ts); in a browser, Chromium's own picker
 * offers audio where it can, and a share without sound falls back to the microphone with a notice.
 */
export function systemAudioSupported(host: { mode: 'desktop' | 'browser'; platform: string } | null): boolean {
  if (typeof navigator.mediaDevices?.getDisplayMedia !== 'function') return false;
  return host?.mode === 'desktop' ? host.platform === 'win32' : true;
}

export class Capture {
  private ctx: AudioContext | null = null;
  private streams: MediaStream[] = [];
  private node: AudioWorkletNode | null = null;
  private samples = 0;
  private paused = false;
  private releaseBackgroundWork: (() => void) | null = null;

  /**
   * Starts capturing; resolves with whether system audio is part of it. Until stop, the page's idle
   * background work waits: its bursts of CPU compete with the audio threads on a small machine.
   */
  async start(opts: { deviceId: string | null; system: boolean }, handlers: CaptureHandlers): Promise<{ systemAudio: boolean }> {
    this.releaseBackgroundWork ??= holdBackgroundWork('live audio capture');
    const mic = await navigator.mediaDevices.getUserMedia({
      audio: { ...(opts.deviceId ? { deviceId: { exact: opts.deviceId } } : {}), echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
    });
    this.streams.push(mic);
    // System audio is a bonus: refused, cancelled or offered without sound, the microphone records alone.
    let systemAudio = false;
    if (opts.system) {
      try {
        const screen = await navigator.mediaDevices.getDisplayMedia({ audio: true, video: true });
        screen.getVideoTracks().forEach((t) => t.stop());
        if (screen.getAudioTracks().length) {
          this.streams.push(screen);
          systemAudio = true;
        }
      } catch {
        // not shared: keep going with the microphone
      }
    }
    const ctx = new AudioContext({ sampleRate: LIVE_SAMPLE_RATE, latencyHint: 'interactive' });
    this.ctx = ctx;
    await ctx.audioWorklet.addModule(WORKLET_URL);
    const node = new AudioWorkletNode(ctx, 'atelier-pcm-capture', {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      channelCount: 1,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
      processorOptions: { frameSamples: Math.round((LIVE_SAMPLE_RATE * FRAME_MS) / 1000) },
    });
    this.node = node;
    node.port.onmessage = (e: MessageEvent<{ pcm: Int16Array; peak: number }>) => {
      handlers.level(this.paused ? 0 : e.data.peak);
      if (this.paused) return;
      this.samples += e.data.pcm.length;
      handlers.frame(e.data.pcm, (this.samples * 1000) / LIVE_SAMPLE_RATE);
    };
    for (const s of this.streams) {
      ctx.createMediaStreamSource(s).connect(node);
      s.getAudioTracks().forEach((t) => t.addEventListener('ended', () => handlers.ended()));
    }
    // Pulled through a muted output so the graph runs; nothing is played back.
    const silent = ctx.createGain();
    silent.gain.value = 0;
    node.connect(silent);
    silent.connect(ctx.destination);
    // Not awaited: a context without an output device may never report 'running', yet it processes.
    if (ctx.state === 'suspended') void ctx.resume();
    return { systemAudio };
  }

  /** Paused audio is neither recorded nor sent. */
  setPaused(paused: boolean): void {
    this.paused = paused;
  }

  stop(): void {
    if (this.node) this.node.port.onmessage = null;
    this.node?.disconnect();
    this.node = null;
    this.streams.forEach((s) => s.getTracks().forEach((t) => t.stop()));
    this.streams = [];
    void this.ctx?.close();
    this.ctx = null;
    this.releaseBackgroundWork?.();
    this.releaseBackgroundWork = null;
  }
}
