/**
 * Server-side voice activity detection as the Realtime API's `server_vad` reports it: 10 ms frames,
 * speech when a frame's RMS is over the threshold, a turn ends after `silence_duration_ms` without
 * speech. audio_start_ms includes the prefix padding; audio_end_ms includes the silence hold.
 */
export interface VadConfig {
  threshold: number;
  prefix_padding_ms: number;
  silence_duration_ms: number;
}

export const DEFAULT_VAD: VadConfig = { threshold: 0.5, prefix_padding_ms: 300, silence_duration_ms: 500 };

export type VadEvent =
  | { kind: 'start'; audioStartMs: number }
  /** `speech` holds the samples from the first to the last voiced sample (for transcription); voicedEndMs is where that ends. */
  | { kind: 'stop'; audioEndMs: number; voicedEndMs: number; speech: Float32Array };

const FRAME_MS = 10;
/** RMS over which a frame counts as speech at threshold 0.5 (scaled linearly with the threshold). */
const RMS_AT_HALF = 0.01;
/** A sample above this marks the exact onset inside the first voiced frame. */
const ONSET = 0.004;

export class Vad {
  private readonly frame: number;
  private pending: number[] = [];
  /** Samples since the onset of the current turn (null between turns). */
  private speech: number[] | null = null;
  private voicedEnd = 0;
  private position = 0;

  constructor(
    readonly sampleRate: number,
    public config: VadConfig = DEFAULT_VAD,
  ) {
    this.frame = Math.round((sampleRate * FRAME_MS) / 1000);
  }

  get inSpeech(): boolean {
    return this.speech !== null;
  }

  /** Milliseconds of audio received so far. */
  get receivedMs(): number {
    return ((this.position + this.pending.length) * 1000) / this.sampleRate;
  }

  push(samples: Float32Array): VadEvent[] {
    const out: VadEvent[] = [];
    for (const s of samples) this.pending.push(s);
    while (this.pending.length >= this.frame) {
      const frame = this.pending.splice(0, this.frame);
      this.step(frame, out);
      this.position += frame.length;
    }
    return out;
  }

  /** Ends the current turn now (input_audio_buffer.commit); returns its speech, if any. */
  commit(): Float32Array | null {
    for (const s of this.pending) this.speech?.push(s);
    this.position += this.pending.length;
    this.pending = [];
    const speech = this.speech;
    this.speech = null;
    return speech ? Float32Array.from(speech) : null;
  }

  private ms(samples: number): number {
    return Math.round((samples * 1000) / this.sampleRate);
  }

  private step(frame: number[], out: VadEvent[]): void {
    let energy = 0;
    for (const s of frame) energy += s * s;
    const voiced = Math.sqrt(energy / frame.length) >= RMS_AT_HALF * (this.config.threshold / 0.5);
    const end = this.position + frame.length;
    if (this.speech === null) {
      if (!voiced) return;
      const onset = Math.max(0, frame.findIndex((s) => Math.abs(s) >= ONSET));
      this.speech = frame.slice(onset);
      this.voicedEnd = end;
      out.push({ kind: 'start', audioStartMs: Math.max(0, this.ms(this.position + onset) - this.config.prefix_padding_ms) });
      return;
    }
    this.speech.push(...frame);
    if (voiced) {
      this.voicedEnd = end;
      return;
    }
    if (this.ms(end - this.voicedEnd) >= this.config.silence_duration_ms) {
      const keep = this.speech.length - (end - this.voicedEnd);
      const speech = Float32Array.from(this.speech.slice(0, Math.max(0, keep)));
      this.speech = null;
      out.push({ kind: 'stop', audioEndMs: this.ms(end), voicedEndMs: this.ms(this.voicedEnd), speech });
    }
  }
}
