/**
 * Turns analysed audio into a transcript. Tone words (see tone.ts) become the text; each run of
 * consecutive word windows is one segment. Audio with sound but no code tones gets deterministic filler
 * ("lorem ipsum …", two words per non-silent second, chosen by the file's SHA-256) in segments of at most
 * 10 s split at silences. All-silent audio gives an empty transcript.
 */
import { createHash } from 'node:crypto';
import type { Decoded } from './decode';
import { analyseTones, type Window } from './tone';

export interface Word {
  word: string;
  start: number;
  end: number;
}
export interface Segment {
  start: number;
  end: number;
  text: string;
  words: Word[];
  /** Who speaks (the demo meeting knows); otherwise the diarizing model alternates at pauses. */
  speaker?: string;
}
export interface Transcript {
  text: string;
  segments: Segment[];
  words: Word[];
  duration: number;
  source: 'tones' | 'filler' | 'silence';
}

export const FILLER_WORDS = [
  'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do',
  'eiusmod', 'tempor', 'incididunt', 'ut', 'labore', 'et', 'dolore', 'magna', 'aliqua', 'enim',
];
const MAX_FILLER_SEGMENT = 10;

const round = (s: number): number => Math.round(s * 1000) / 1000;

function toSegments(groups: Word[][]): Segment[] {
  return groups
    .filter((g) => g.length > 0)
    .map((words) => ({ start: words[0]!.start, end: words[words.length - 1]!.end, text: words.map((w) => w.word).join(' '), words }));
}

function toneSegments(windows: Window[], duration: number): Word[][] {
  const groups: Word[][] = [[]];
  for (const w of windows) {
    if (w.kind === 'word') groups[groups.length - 1]!.push({ word: w.word, start: w.index, end: round(Math.min(w.index + 1, duration)) });
    else if (groups[groups.length - 1]!.length > 0) groups.push([]);
  }
  return groups;
}

function fillerSegments(windows: Window[], duration: number, seed: Buffer): Word[][] {
  const groups: Word[][] = [[]];
  let n = 0;
  for (const w of windows) {
    let current = groups[groups.length - 1]!;
    if (w.kind === 'silence') {
      if (current.length > 0) groups.push([]);
      continue;
    }
    if (current.length >= 2 * MAX_FILLER_SEGMENT) groups.push((current = []));
    for (const half of [0, 0.5]) {
      const start = w.index + half;
      if (start >= duration) break;
      const word = FILLER_WORDS[((seed[n % seed.length] ?? 0) + n) % FILLER_WORDS.length]!;
      current.push({ word, start: round(start), end: round(Math.min(start + 0.5, duration)) });
      n += 1;
    }
  }
  return groups;
}

export function buildTranscript(decoded: Decoded, bytes: Buffer): Transcript {
  const duration = round(decoded.duration);
  const windows: Window[] = decoded.pcm
    ? analyseTones(decoded.pcm.samples, decoded.pcm.sampleRate)
    : Array.from({ length: Math.ceil(decoded.duration) }, (_, index) => ({ index, kind: 'sound' as const }));
  let source: Transcript['source'] = 'tones';
  let groups = toneSegments(windows, duration);
  if (!groups.some((g) => g.length > 0)) {
    source = windows.some((w) => w.kind === 'sound') ? 'filler' : 'silence';
    groups = fillerSegments(windows, duration, createHash('sha256').update(bytes).digest());
  }
  const segments = toSegments(groups);
  return { text: segments.map((s) => s.text).join(' '), segments, words: segments.flatMap((s) => s.words), duration, source };
}
