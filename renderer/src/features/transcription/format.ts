/** Times, sizes and languages as the transcription screen writes them. */
import { i18n } from '../../i18n';
import { languageDisplayName } from '../../i18n/format';

/** 0:07, 12:05, 1:02:03 — the clock of a position in a recording. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "45 s", "12 min", "1 h 5 min": a span of time in words. */
export function span(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** Audio for totals: "18 min", "2 h 5 min", "12 h" (never "0.3 h", which nobody reads as 18 minutes). */
export function hours(ms: number): string {
  const h = ms / 3_600_000;
  if (h === 0) return '0 min';
  if (h < 10) return ms < 60_000 ? '1 min' : span(ms);
  return `${Math.round(h)} h`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(0)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** Common meeting languages; any other ISO code can still be given through a watch folder or the API. */
export const LANGUAGES: readonly { code: string; label: string }[] = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'German' },
  { code: 'fr', label: 'French' },
  { code: 'es', label: 'Spanish' },
  { code: 'it', label: 'Italian' },
  { code: 'pt', label: 'Portuguese' },
  { code: 'nl', label: 'Dutch' },
  { code: 'sv', label: 'Swedish' },
  { code: 'pl', label: 'Polish' },
  { code: 'tr', label: 'Turkish' },
  { code: 'ru', label: 'Russian' },
  { code: 'uk', label: 'Ukrainian' },
  { code: 'ar', label: 'Arabic' },
  { code: 'hi', label: 'Hindi' },
  { code: 'ja', label: 'Japanese' },
  { code: 'ko', label: 'Korean' },
  { code: 'zh', label: 'Chinese' },
];

/** The language's name in the interface language ("German", "德语"); its code when Intl does not know it. */
export function languageName(code: string | null): string {
  if (!code) return i18n.t('transcription:detail.autoLanguage');
  return languageDisplayName(code);
}
