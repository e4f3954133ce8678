import type { SegmentView } from '../../../../shared/contract';

/** One match of the find bar: which segment (by position in the list) and where in its text. */
export interface Match {
  row: number;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every case-insensitive occurrence of `query` in the segments' text, in reading order. */
export function findMatches(segments: readonly SegmentView[], query: string): Match[] {
  const q = query.trim();
  if (!q) return [];
  const re = new RegExp(escape(q), 'giu');
  const out: Match[] = [];
  segments.forEach((s, row) => {
    for (const m of s.text.matchAll(re)) out.push({ row, start: m.index, end: m.index + m[0].length });
  });
  return out;
}

/** A segment's text cut into plain and matched parts (rendered as text and <mark>, never as HTML). */
export function splitByRanges(text: string, ranges: readonly { start: number; end: number; current: boolean }[]): { text: string; mark: boolean; current: boolean }[] {
  const parts: { text: string; mark: boolean; current: boolean }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), mark: false, current: false });
    parts.push({ text: text.slice(r.start, r.end), mark: true, current: r.current });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false, current: false });
  return parts;
}

/** The segment playing at `ms`: the last one that started at or before it (gaps keep the previous one lit). */
export function segmentAt(segments: readonly SegmentView[], ms: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.startMs <= ms) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0 && ms > segments[found]!.endMs + 1500) return -1;
  return found;
}
