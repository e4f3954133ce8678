/** Formatting for the Usage screen: tokens, days, times, latency, and each modality's chart colour. */
import type { Modality } from '../../../../shared/policy';

/** Chart palette tone per modality, the same in every chart and legend. */
export const MODALITY_TONE: Record<Modality, number> = {
  text: 1,
  'image-understanding': 2,
  'image-generation': 3,
  'audio-offline': 4,
  'audio-realtime': 5,
};

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** 12345 → "12,345" (grouped like money amounts). */
export const formatCount = (n: number): string => integer.format(n);
/** 12345 → "12.3K", for chart axes. */
export const formatCompact = (n: number): string => compact.format(n);

/** 'YYYY-MM-DD' as a local date (not UTC midnight, which is the day before west of Greenwich). */
export function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1);
}

/** Every day from `from` to `to` inclusive, as YYYY-MM-DD. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = parseDay(to).getTime();
  for (let d = parseDay(from); d.getTime() <= end && days.length < 4000; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    days.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
  }
  return days;
}

const dayLong = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const dayShort = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const monthLong = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' });
const dayMedium = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export const dayLabel = (day: string) => dayLong.format(parseDay(day));
export const dayTick = (day: string) => dayShort.format(parseDay(day));
export const monthLabel = (month: string) => monthLong.format(parseDay(`${month}-01`));
export const monthTick = (month: string) => monthShort.format(parseDay(`${month}-01`));

/** "4 Nov 2026", or "1 Nov – 30 Nov 2026" for a range. */
export function rangeLabel(from: string, to: string): string {
  return from === to ? dayMedium.format(parseDay(from)) : dayMedium.formatRange(parseDay(from), parseDay(to));
}

/** A ledger timestamp: the time for today, the date and time otherwise. */
export function timeLabel(iso: string, now = new Date()): string {
  const d = new Date(iso);
  const sameDay = d.toDateString() === now.toDateString();
  return sameDay ? clock.format(d) : `${dayShort.format(d)}, ${clock.format(d)}`;
}

/** 850 → "850 ms", 12400 → "12.4 s". */
export function formatLatency(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
