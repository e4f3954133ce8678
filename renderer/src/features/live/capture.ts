/**
 * Microphone (and, where the platform offers it, system audio) as PCM16 mono 24 kHz frames. The
 * AudioContext runs at 24 kHz so the browser does the resampling; a ScriptProcessor hands over blocks
 * of 2048 samples (85 ms), which become frames as they are: no extra buffering, no worklet module
 * (the page's CSP allows scripts from the app only).
 */
export const LIVE_SAMPLE_RATE = 24_000;
const BLOCK = 2048;

export interface CaptureHandlers {
  /** A frame of PCM16 and the recording position (ms) at its end. */
  frame(pcm: Int16Array, endMs: number): void;
  /** 0..1, the block's peak, for the level meter. */
  level(value: number): void;
  /** A source stopped by itself (device unplugged, permission revoked). */
  ended(): void;
}

export async function listMicrophones(): Promise<{ id: string; label: string }[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'audioinput').map((d, i) => ({ id: d.deviceId, label: d.label || `Microphone ${i + 1}` }));
}

export const systemAudioSupported = () => typeof navigator.mediaDevices?.getDisplayMedia === 'function';

export class Capture {
  private ctx: AudioContext | null = null;
  private streams: MediaStream[] = [];
  private processor: ScriptProcessorNode | null = null;
  private samples = 0;
  private paused = false;

  async start(opts: { deviceId: string | null; system: boolean }, handlers: CaptureHandlers): Promise<void> {
    const mic = await navigator.mediaDevices.getUserMedia({
      audio: { ...(opts.deviceId ? { deviceId: { exact: opts.deviceId } } : {}), echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
    });
    this.streams.push(mic);
    if (opts.system) {
      const screen = await navigator.mediaDevices.getDisplayMedia({ audio: true, video: true });
      screen.getVideoTracks().forEach((t) => t.stop());
      if (screen.getAudioTracks().length) this.streams.push(screen);
    }
    const ctx = new AudioContext({ sampleRate: LIVE_SAMPLE_RATE, latencyHint: 'interactive' });
    this.ctx = ctx;
    const mix = ctx.createGain();
    for (const s of this.streams) {
      ctx.createMediaStreamSource(s).connect(mix);
      s.getAudioTracks().forEach((t) => t.addEventListener('ended', () => handlers.ended()));
    }
    const processor = ctx.createScriptProcessor(BLOCK, 1, 1);
    this.processor = processor;
    processor.onaudioprocess = (e) => {
      const input = e.inputBuffer.getChannelData(0);
      let peak = 0;
      const pcm = new Int16Array(input.length);
      for (let i = 0; i < input.length; i++) {
        const s = Math.max(-1, Math.min(1, input[i]!));
        peak = Math.max(peak, Math.abs(s));
        pcm[i] = Math.round(s * 32767);
      }
      handlers.level(this.paused ? 0 : peak);
      if (this.paused) return;
      this.samples += pcm.length;
      handlers.frame(pcm, (this.samples * 1000) / LIVE_SAMPLE_RATE);
    };
    const silent = ctx.createGain();
    silent.gain.value = 0;
    mix.connect(processor);
    processor.connect(silent);
    silent.connect(ctx.destination);
    // Not awaited: a context without an output device may never report 'running', yet it processes.
    if (ctx.state === 'suspended') void ctx.resume();
  }

  /** Paused audio is neither recorded nor sent. */
  setPaused(paused: boolean): void {
    this.paused = paused;
  }

  stop(): void {
    if (this.processor) this.processor.onaudioprocess = null;
    this.streams.forEach((s) => s.getTracks().forEach((t) => t.stop()));
    this.streams = [];
    void this.ctx?.close();
    this.ctx = null;
  }
}
