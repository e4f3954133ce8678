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

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const normal = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

/** How many leading words of `next` repeat the trailing words of `prev` (longest match, up to `max`). */
export function repeatedWords(prev: string[], next: string[], max = 40): number {
  const a = prev.slice(-max).map(normal);
  const b = next.slice(0, max).map(normal);
  for (let n = Math.min(a.length, b.length); n > 0; n--) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = a[a.length - n + i] === b[i];
    if (same) return n;
  }
  return 0;
}

/**
 * Joins chunk transcripts into one, with timestamps of the original recording. Where chunks carry
 * timed segments, each overlap is split at its middle (earlier chunk before, later chunk after);
 * in any case, words the later chunk repeats from the earlier one are dropped.
 */
export function stitch(chunks: ChunkTranscript[]): { text: string; segments: Segment[] } {
  const segments: Segment[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const next = chunks[i + 1];
    const keepFrom = chunk.overlapMs > 0 ? chunk.startMs + chunk.overlapMs / 2 : -Infinity;
    const keepUntil = next && next.overlapMs > 0 ? next.startMs + next.overlapMs / 2 : Infinity;
    let own: Segment[];
    if (chunk.segments?.length) {
      own = chunk.segments
        .map((s) => ({ startMs: Math.round(chunk.startMs + s.start * 1000), endMs: Math.round(chunk.startMs + s.end * 1000), text: s.text.trim(), speaker: s.speaker ?? null }))
        .filter((s) => s.text && s.startMs >= keepFrom && s.startMs < keepUntil);
    } else {
      own = chunk.text.trim() ? [{ startMs: chunk.startMs, endMs: chunk.endMs, text: chunk.text.trim(), speaker: null }] : [];
    }
    const prev = segments.at(-1);
    const first = own[0];
    // Only an overlap can repeat words; chunks that merely touch (a live meeting's turns and the
    // stretches between them) keep a word said twice in a row.
    if (prev && first && chunk.overlapMs > 0) {
      const prevWords = segments.slice(-5).flatMap((s) => words(s.text));
      const dup = repeatedWords(prevWords, words(own.map((s) => s.text).join(' ')));
      if (dup > 0) dropLeadingWords(own, dup);
    }
    segments.push(...own.filter((s) => s.text));
  }
  return { text: segments.map((s) => s.text).join(' '), segments };
}

function dropLeadingWords(segs: Segment[], count: number): void {
  let left = count;
  for (const s of segs) {
    if (left === 0) return;
    const w = words(s.text);
    const drop = Math.min(left, w.length);
    s.text = w.slice(drop).join(' ');
    left -= drop;
  }
}
