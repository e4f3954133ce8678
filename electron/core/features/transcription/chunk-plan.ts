export interface Interval {
  startMs: number;
  endMs: number;
}

export interface PlannedChunk extends Interval {
  index: number;
  /** How much of this chunk's start repeats the end of the previous one. */
  overlapMs: number;
}

export interface ChunkLimits {
  /** Longest chunk (the model's duration limit and the upload size limit, whichever is stricter). */
  maxChunkMs: number;
  overlapMs: number;
  /** A cut is looked for in silences no earlier than this share of maxChunkMs. */
  searchFrom?: number;
}

/**
 * Splits a recording into chunks no longer than maxChunkMs, cutting in the middle of a silence
 * where one falls in the last part of the window, and otherwise at the limit. Each chunk after the
 * first starts overlapMs before the cut, so no word is lost at a boundary; stitching removes the
 * words the overlap repeats.
 */
export function planChunks(durationMs: number, silences: Interval[], limits: ChunkLimits): PlannedChunk[] {
  if (!(durationMs > 0)) return [];
  const { maxChunkMs, overlapMs } = limits;
  if (overlapMs * 2 >= maxChunkMs) throw new Error('The overlap must be well under the chunk length.');
  const searchFrom = limits.searchFrom ?? 0.6;
  const sorted = [...silences].sort((a, b) => a.startMs - b.startMs);
  const chunks: PlannedChunk[] = [];
  let start = 0;
  let cut = 0;
  while (cut < durationMs) {
    const limit = start + maxChunkMs;
    if (limit >= durationMs) {
      cut = durationMs;
    } else {
      const earliest = start + maxChunkMs * searchFrom;
      // The middle of a silence, moved to a whole second when that is still inside the silence (tidier timestamps).
      const mids = sorted
        .map((s) => {
          const mid = (s.startMs + s.endMs) / 2;
          const whole = Math.round(mid / 1000) * 1000;
          return whole > s.startMs && whole < s.endMs ? whole : mid;
        })
        .filter((m) => m >= earliest && m <= limit - 1);
      cut = Math.round(mids.length ? mids[mids.length - 1]! : limit);
    }
    const index = chunks.length;
    chunks.push({ index, startMs: start, endMs: cut, overlapMs: index === 0 ? 0 : overlapMs });
    start = Math.max(0, cut - overlapMs);
  }
  return chunks;
}
