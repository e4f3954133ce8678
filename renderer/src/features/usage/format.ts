/** Formatting for the Usage screen: tokens, days, times, latency, and each modality's chart colour. */
import type { Modality } from '../../../../shared/policy';
import { currencySymbol, type Currency } from '../../../../shared/pricing';
import { formatDate, formatDateRange, formatLatency as latency, formatNumber } from '../../i18n/format';

/** Chart palette tone per modality, the same in every chart and legend. */
export const MODALITY_TONE: Record<Modality, number> = {
  text: 1,
  'image-understanding': 2,
  'image-generation': 3,
  'audio-offline': 4,
  'audio-realtime': 5,
};

/**
 * An axis amount in the display currency with the decimals its scale needs (chartScale's `decimals`):
 * "$0", "$0.00002", "$0.50", "€1,500". Zero is just "$0"; amounts under a unit keep at least cents.
 */
export function formatMoneyTick(value: number, decimals: number, currency: Currency): string {
  if (value === 0) return `${currencySymbol(currency)}0`;
  const digits = decimals > 0 ? Math.max(2, decimals) : 0;
  return `${currencySymbol(currency)}${formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** 12345 → "12,345" (grouped like money amounts). */
export const formatCount = (n: number): string => formatNumber(n, { maximumFractionDigits: 0 });
/** 12345 → "12.3K" (1.2万 in Chinese), for chart axes. */
export const formatCompact = (n: number): string => formatNumber(n, { notation: 'compact', maximumFractionDigits: 1 });

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

const DAY_LONG: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
const DAY_SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const MONTH_LONG: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
const MONTH_SHORT: Intl.DateTimeFormatOptions = { month: 'short', year: '2-digit' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

export const dayLabel = (day: string) => formatDate(parseDay(day), DAY_LONG);
export const dayTick = (day: string) => formatDate(parseDay(day), DAY_SHORT);
export const monthLabel = (month: string) => formatDate(parseDay(`${month}-01`), MONTH_LONG);
export const monthTick = (month: string) => formatDate(parseDay(`${month}-01`), MONTH_SHORT);

/** "4 Nov 2026", or "1 Nov – 30 Nov 2026" for a range. */
export function rangeLabel(from: string, to: string): string {
  return formatDateRange(parseDay(from), parseDay(to));
}

/** A ledger timestamp: the time for today, the date and time otherwise. */
export function timeLabel(iso: string, now = new Date()): string {
  const d = new Date(iso);
  const sameDay = d.toDateString() === now.toDateString();
  return sameDay ? formatDate(d, CLOCK) : formatDate(d, { ...DAY_SHORT, ...CLOCK });
}

/** 850 → "850 ms", 1240 → "1.24 s", 12400 → "12.4 s". */
export const formatLatency = (ms: number): string => latency(ms, ms < 10_000 ? 2 : 1);
