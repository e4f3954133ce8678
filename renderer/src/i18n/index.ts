/**
 * The renderer's one i18next instance. Resources are bundled, so initialisation is synchronous and the
 * first paint is already in the right language (the last choice is cached like the theme).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguagePreference } from '../../../shared/contract';
import { LANGUAGE_PREFERENCES } from '../../../shared/contract';
import { resolveLanguage, type Language } from './languages';
import { NAMESPACES, resources } from './resources';

const CACHE_KEY = 'atelier.language';

function readCache(): LanguagePreference {
  try {
    const v = window.localStorage.getItem(CACHE_KEY);
    return LANGUAGE_PREFERENCES.find((p) => p === v) ?? 'system';
  } catch {
    return 'system';
  }
}

const systemLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);

let preference: LanguagePreference = typeof window === 'undefined' ? 'system' : readCache();

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: resolveLanguage(preference, systemLanguages()),
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function render(): void {
  const language = resolveLanguage(preference, systemLanguages());
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/** Applies the user's choice (from settings) and remembers it for the next start's first paint. */
export function applyLanguagePreference(next: LanguagePreference): void {
  preference = next;
  try {
    window.localStorage.setItem(CACHE_KEY, next);
  } catch {
    // Storage can be unavailable; the language still applies for this session.
  }
  render();
}

/** "system" follows the OS (browser) language live. */
export function watchSystemLanguage(): () => void {
  render();
  const onChange = () => render();
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

/** The BCP 47 tag for Intl formatting in the current language. */
export function currentLocale(): Language {
  return (i18n.language as Language | undefined) ?? 'en';
}
