import type { LanguagePreference } from '../contract';

/** The languages the interface is translated into. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language to show: the user's choice, or for "system" the first of the OS's (browser's)
 * preferred languages that we have — any Chinese variant gets Simplified Chinese — else English.
 */
export function resolveLanguage(preference: LanguagePreference, preferred: readonly string[]): Language {
  if (preference !== 'system') return preference;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  }
  return 'en';
}
