import { sentenceSegments } from './sentences';
import { matchSpeakers, type LabelPair } from './stitch-speakers';

export interface TimedText {
  /** Seconds from the start of the chunk's audio, as the API reports them. */
  start: number;
  end: number;
  text: string;
  speaker?: string | null;
}

export interface ChunkTranscript {
  startMs: number;
  endMs: number;
  overlapMs: number;
  text: string;
  segments?: TimedText[];
}

export interface Segment {
  startMs: number;
  endMs: number;
  text: string;
  speaker: string | null;
}

/** A word with its estimated start in the recording (segments carry times; words are spread evenly over them). */
interface Word {
  text: string;
  norm: string;
  atMs: number;
  seg: number;
  keep: boolean;
}

interface Piece {
  timed: boolean;
  segments: Segment[];
  words: Word[];
}

/** The fewest words that must agree, in order, before an overlap counts as aligned. One word is too easily a real repetition. */
export const MIN_ALIGNED_WORDS = 2;
/** How far apart (ms) the two chunks may place the same word and still call it the same utterance. */
const SAME_WORD_MS = 1500;
/** Slack around the overlap window for words whose estimated time falls just outside it. */
const WINDOW_SLACK_MS = 1000;
/** For untimed text: the most words an overlap can hold (fast speech, ~4 words a second, plus edge words). */
const wordsInOverlap = (overlapMs: number) => Math.ceil((overlapMs / 1000) * 4) + 3;

const split = (text: string) => text.split(/\s+/).filter(Boolean);
const normal = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

function piece(chunk: ChunkTranscript): Piece {
  const timed = Boolean(chunk.segments?.length);
  const segments: Segment[] = timed
    ? chunk.segments!.map((s) => ({ startMs: Math.round(chunk.startMs + s.start * 1000), endMs: Math.round(chunk.startMs + s.end * 1000), text: s.text.trim(), speaker: s.speaker ?? null }))
    : chunk.text.trim()
      ? [{ startMs: chunk.startMs, endMs: chunk.endMs, text: chunk.text.trim(), speaker: null }]
      : [];
  const words = segments.flatMap((s, seg) => {
    const ws = split(s.text);
    return ws.map((text, k) => ({ text, norm: normal(text), atMs: s.startMs + ((s.endMs - s.startMs) * k) / ws.length, seg, keep: true }));
  });
  return { timed, segments, words };
}

/** The longest run of words the two lists share in order (and, when `timed`, at about the same moment). */
function longestRun(a: Word[], b: Word[], timed: boolean): { i: number; j: number; length: number } {
  let best = { i: 0, j: 0, length: 0 };
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n]!.norm !== '' && a[i + n]!.norm === b[j + n]!.norm && (!timed || Math.abs(a[i + n]!.atMs - b[j + n]!.atMs) <= SAME_WORD_MS)) n++;
      if (n > best.length) best = { i, j, length: n };
    }
  }
  return best;
}

/**
 * Decides which words of two neighbouring chunks survive their overlap. A repeat is only dropped when
 * at least MIN_ALIGNED_WORDS words agree in order (and, with timestamps, at the same moment inside the
 * overlap); otherwise timed chunks are split at the overlap's middle and untimed ones are kept whole.
 * Returns the aligned word pairs (evidence for matching speakers).
 */
function joinOverlap(prev: Piece, next: Piece, chunk: ChunkTranscript): [Word, Word][] {
  if (chunk.overlapMs <= 0 || prev.words.length === 0 || next.words.length === 0) return [];
  const timed = prev.timed && next.timed;
  const from = chunk.startMs;
  const until = chunk.startMs + chunk.overlapMs;
  const prevLive = prev.words.filter((w) => w.keep);
  const tail = timed ? prevLive.filter((w) => w.atMs >= from - WINDOW_SLACK_MS) : prevLive.slice(-wordsInOverlap(chunk.overlapMs));
  const head = timed ? next.words.filter((w) => w.atMs <= until + WINDOW_SLACK_MS) : next.words.slice(0, wordsInOverlap(chunk.overlapMs));
  const run = longestRun(tail, head, timed);
  if (run.length >= MIN_ALIGNED_WORDS) {
    // The earlier chunk keeps the aligned words; what it has after them and the later chunk's copy go.
    for (const w of tail.slice(run.i + run.length)) w.keep = false;
    for (const w of next.words.slice(0, next.words.indexOf(head[run.j + run.length - 1]!) + 1)) w.keep = false;
    return tail.slice(run.i, run.i + run.length).map((w, k) => [w, head[run.j + k]!]);
  }
  if (timed) {
    const middle = from + chunk.overlapMs / 2;
    for (const w of prevLive) if (w.atMs >= middle) w.keep = false;
    for (const w of next.words) if (w.atMs < middle) w.keep = false;
  }
  return [];
}

/**
 * The segments a piece still has, with the words it kept (a segment trimmed at its front starts at its first
 * kept word). An untimed piece (one block of text for the whole chunk) is cut into sentences.
 */
function survivors(p: Piece): Segment[] {
  return p.segments.flatMap((s, seg) => {
    const words = p.words.filter((w) => w.seg === seg);
    const kept = words.filter((w) => w.keep);
    if (kept.length === 0) return [];
    const startMs = kept[0] === words[0] || !p.timed ? s.startMs : Math.round(kept[0]!.atMs);
    const segment = { ...s, startMs, text: kept.map((w) => w.text).join(' ') };
    return p.timed ? [segment] : sentenceSegments(segment);
  });
}

/**
 * Joins chunk transcripts into one, with timestamps of the original recording. Overlaps are aligned
 * on several words that agree (in time too, where chunks carry timestamps); without such agreement a
 * timed overlap is split at its middle and nothing is dropped by text alone. Diarized speaker labels
 * are per chunk: they are matched across chunks by who speaks in the overlap, and labels that are the
 * names of known speakers (reference clips) are the same person in every chunk.
 */
export function stitch(chunks: ChunkTranscript[], knownSpeakers: readonly string[] = []): { text: string; segments: Segment[] } {
  const pieces = chunks.map(piece);
  const used = new Set<string>();
  const segments: Segment[] = [];
  for (const [i, p] of pieces.entries()) {
    const prev = pieces[i - 1];
    const pairs: LabelPair[] = [];
    if (prev) {
      for (const [a, b] of joinOverlap(prev, p, chunks[i]!)) pairs.push({ prev: prev.segments[a.seg]!.speaker, next: p.segments[b.seg]!.speaker, weightMs: SAME_WORD_MS });
      pairs.push(...overlapAgreement(prev, p, chunks[i]!));
      segments.push(...survivors(prev));
    }
    const labels = matchSpeakers({ local: [...new Set(p.segments.map((s) => s.speaker))], evidence: pairs, known: knownSpeakers, used, first: !prev });
    for (const s of p.segments) s.speaker = s.speaker === null ? null : labels.get(s.speaker) ?? s.speaker;
  }
  if (pieces.length > 0) segments.push(...survivors(pieces.at(-1)!));
  const kept = segments.filter((s) => s.text);
  return { text: kept.map((s) => s.text).join(' '), segments: kept };
}

/** Who speaks at the same time in both chunks inside the overlap: milliseconds of agreement per label pair. */
function overlapAgreement(prev: Piece, next: Piece, chunk: ChunkTranscript): LabelPair[] {
  if (!prev.timed || !next.timed || chunk.overlapMs <= 0) return [];
  const from = chunk.startMs;
  const until = chunk.startMs + chunk.overlapMs;
  const pairs: LabelPair[] = [];
  for (const a of prev.segments) {
    for (const b of next.segments) {
      const ms = Math.min(a.endMs, b.endMs, until) - Math.max(a.startMs, b.startMs, from);
      if (ms > 0) pairs.push({ prev: a.speaker, next: b.speaker, weightMs: ms });
    }
  }
  return pairs;
}
