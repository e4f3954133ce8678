/**
 * Numbers, dates, relative times and lists through Intl in the interface language. Formatters are
 * cached per locale and options, since Intl constructors are slow and these run in lists.
 */
import { currentLocale, i18n } from './index';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = currentLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make(locale);
    cache.set(key, f);
  }
  return f;
}

export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('n', options, (l) => new Intl.NumberFormat(l, options)).format(n);
}

export function formatDate(value: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return cached('d', options, (l) => new Intl.DateTimeFormat(l, options)).format(date);
}

export function formatDateTime(value: string | number | Date): string {
  return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "just now", "5 minutes ago", "3 hours ago" (or 刚刚, 5分钟前 …); a date past a day. */
export function formatRelative(iso: string, now = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const seconds = Math.round((then - now) / 1000);
  const rtf = cached('r', { numeric: 'auto' }, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));
  if (Math.abs(seconds) < 45) return rtf.format(0, 'second');
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  return formatDate(then);
}

export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return cached('l', { type }, (l) => new Intl.ListFormat(l, { type })).format(items);
}

/** "1 Nov – 30 Nov 2026" in the interface language (the same day once when from and to agree). */
export function formatDateRange(from: Date, to: Date, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): string {
  const f = cached('d', options, (l) => new Intl.DateTimeFormat(l, options));
  return from.getTime() === to.getTime() ? f.format(from) : f.formatRange(from, to);
}

type Unit = 'ms' | 's' | 'min' | 'h' | 'hMin' | 'B' | 'KB' | 'MB' | 'GB';
/** Unit keys are built from the unit's name, which i18next's key types cannot follow. */
const unit = (key: Unit, values: Record<string, string>): string => (i18n.t as unknown as (k: string, v: object) => string)(`common:units.${key}`, values);

/** 850 → "850 ms", 12400 → "12.4 s" (毫秒 / 秒 in Chinese). */
export function formatLatency(ms: number, digits = 1): string {
  if (ms < 1000) return unit('ms', { value: formatNumber(Math.round(ms)) });
  return unit('s', { value: formatNumber(ms / 1000, { minimumFractionDigits: digits, maximumFractionDigits: digits }) });
}

/** "45 s", "12 min", "1 h 5 min": a span of time in words of the interface language. */
export function formatSpan(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return unit('s', { value: formatNumber(seconds) });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return unit('min', { value: formatNumber(minutes) });
  const h = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? unit('hMin', { h: formatNumber(h), min: formatNumber(rest) }) : unit('h', { value: formatNumber(h) });
}

/** 512 → "512 B", 2048 → "2 KB", then MB and GB with one or two decimals. */
export function formatBytes(n: number): string {
  if (n < 1024) return unit('B', { value: formatNumber(n) });
  if (n < 1024 ** 2) return unit('KB', { value: formatNumber(Math.round(n / 1024)) });
  if (n < 1024 ** 3) return unit('MB', { value: formatNumber(n / 1024 ** 2, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  return unit('GB', { value: formatNumber(n / 1024 ** 3, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
}

/** 'de' → "German" / "德语": a language's name in the interface language. */
export function languageDisplayName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
