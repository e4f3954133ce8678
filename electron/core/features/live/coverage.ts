/** Which stretches of a live recording the realtime session confirmed, and which still need the offline queue. */
export interface Interval {
  startMs: number;
  endMs: number;
}

/** The parts of [0, totalMs] no span covers, in order. */
export function uncovered(totalMs: number, spans: Interval[]): Interval[] {
  const sorted = spans.map((s) => ({ startMs: Math.max(0, s.startMs), endMs: Math.min(totalMs, s.endMs) })).filter((s) => s.endMs > s.startMs).sort((a, b) => a.startMs - b.startMs);
  const gaps: Interval[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.startMs > at) gaps.push({ startMs: at, endMs: s.startMs });
    at = Math.max(at, s.endMs);
  }
  if (at < totalMs) gaps.push({ startMs: at, endMs: totalMs });
  return gaps;
}

/** Splits a stretch into pieces no longer than maxMs (the offline queue's chunk limit), overlapping by overlapMs. */
export function pieces(gap: Interval, maxMs: number, overlapMs: number): (Interval & { overlapMs: number })[] {
  const out: (Interval & { overlapMs: number })[] = [];
  let start = gap.startMs;
  for (;;) {
    const end = Math.min(gap.endMs, start + maxMs);
    out.push({ startMs: start, endMs: end, overlapMs: out.length === 0 ? 0 : overlapMs });
    if (end >= gap.endMs) return out;
    start = end - overlapMs;
  }
}
