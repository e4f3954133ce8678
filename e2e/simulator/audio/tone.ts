/**
 * The "tone code" that makes simulated transcripts derivable from audio content.
 *
 * Audio is cut into consecutive 1-second windows from t = 0. A window whose RMS is below SILENCE_RMS is
 * silent. Otherwise the Goertzel power is measured at the 32 code frequencies 400 + 50·k Hz (k = 0..31);
 * if the strongest one carries more than TONE_PURITY of the window's energy, the window is word WORDS[k].
 * Anything else (speech, noise, chords) is "sound" without a word. encodeToneWav() writes recordings
 * whose transcript is known: one 1-second tone per word, optional whole-second silences.
 */
import { writeWav } from './wav';

export const WORDS = [
  'alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel',
  'india', 'juliett', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa',
  'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'xray',
  'yankee', 'zulu', 'zero', 'one', 'two', 'three', 'four', 'five',
] as const;
export type ToneWord = (typeof WORDS)[number];

export const TONE_BASE_HZ = 400;
export const TONE_STEP_HZ = 50;
export const SILENCE_RMS = 0.01;
export const TONE_PURITY = 0.5;

export function toneFrequency(word: string): number {
  const k = (WORDS as readonly string[]).indexOf(word);
  if (k < 0) throw new RangeError(`"${word}" is not in the tone vocabulary (WORDS)`);
  return TONE_BASE_HZ + TONE_STEP_HZ * k;
}

export interface ToneWavOptions {
  /** Default 16000. */
  sampleRate?: number;
  /** Whole seconds of silence between words (default 0). */
  gapSeconds?: number;
  /** Whole seconds of silence before the first word (default 0). */
  leadingSilenceSeconds?: number;
  /** Whole seconds of silence after the last word (default 0). */
  trailingSilenceSeconds?: number;
  /** Peak amplitude 0..1 (default 0.5). */
  amplitude?: number;
}

/**
 * 16-bit mono WAV with one 1-second tone per word. Use null (or '') in `words` for a 1-second silence.
 */
export function encodeToneWav(words: Array<string | null>, opts: ToneWavOptions = {}): Buffer {
  const sr = opts.sampleRate ?? 16_000;
  const gap = opts.gapSeconds ?? 0;
  const amp = opts.amplitude ?? 0.5;
  for (const [name, v] of Object.entries({ gap, lead: opts.leadingSilenceSeconds ?? 0, trail: opts.trailingSilenceSeconds ?? 0 })) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${name} silence must be a whole number of seconds`);
  }
  const slots: Array<number | null> = [];
  for (let i = 0; i < (opts.leadingSilenceSeconds ?? 0); i++) slots.push(null);
  words.forEach((w, i) => {
    if (i > 0) for (let g = 0; g < gap; g++) slots.push(null);
    slots.push(w ? toneFrequency(w) : null);
  });
  for (let i = 0; i < (opts.trailingSilenceSeconds ?? 0); i++) slots.push(null);
  const samples = new Float32Array(slots.length * sr);
  slots.forEach((freq, slot) => {
    if (freq === null) return;
    const w = (2 * Math.PI * freq) / sr;
    for (let n = 0; n < sr; n++) samples[slot * sr + n] = amp * Math.sin(w * n);
  });
  return writeWav(samples, sr);
}

export type Window =
  | { index: number; kind: 'silence' }
  | { index: number; kind: 'sound' }
  | { index: number; kind: 'word'; word: ToneWord };

/** Classifies each 1-second window (a trailing partial window counts if at least half a second long). */
export function analyseTones(samples: Float32Array, sampleRate: number): Window[] {
  const n = Math.round(sampleRate);
  const windows: Window[] = [];
  for (let index = 0, start = 0; start < samples.length; index++, start += n) {
    const end = Math.min(samples.length, start + n);
    const len = end - start;
    if (len < n / 2) break;
    let energy = 0;
    for (let i = start; i < end; i++) energy += (samples[i] ?? 0) ** 2;
    if (Math.sqrt(energy / len) < SILENCE_RMS) {
      windows.push({ index, kind: 'silence' });
      continue;
    }
    let best = -1;
    let bestPower = 0;
    for (let k = 0; k < WORDS.length; k++) {
      const coeff = 2 * Math.cos((2 * Math.PI * (TONE_BASE_HZ + TONE_STEP_HZ * k)) / sampleRate);
      let s1 = 0;
      let s2 = 0;
      for (let i = start; i < end; i++) {
        const s0 = (samples[i] ?? 0) + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
      }
      const power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
      if (power > bestPower) {
        bestPower = power;
        best = k;
      }
    }
    const purity = (2 * bestPower) / (len * energy);
    const word = WORDS[best];
    windows.push(word && purity > TONE_PURITY ? { index, kind: 'word', word } : { index, kind: 'sound' });
  }
  return windows;
}
