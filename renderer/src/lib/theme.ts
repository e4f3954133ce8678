import type { ThemePreference } from '../../../shared/contract';

/**
 * Puts the resolved theme on <html data-theme>. "system" follows prefers-color-scheme live. The last
 * choice is cached locally so the next start paints in the right theme before settings arrive.
 */
const CACHE_KEY = 'atelier.theme';
const media = window.matchMedia('(prefers-color-scheme: dark)');

function readCache(): ThemePreference {
  try {
    const v = window.localStorage.getItem(CACHE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

let preference: ThemePreference = readCache();

function render(): void {
  const resolved = preference === 'system' ? (media.matches ? 'dark' : 'light') : preference;
  document.documentElement.dataset.theme = resolved;
  document.documentElement.dataset.themePreference = preference;
}

export function applyThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    window.localStorage.setItem(CACHE_KEY, next);
  } catch {
    // Storage can be unavailable (private windows); the theme still applies for this session.
  }
  render();
}

export function watchSystemTheme(): () => void {
  render();
  media.addEventListener('change', render);
  return () => media.removeEventListener('change', render);
}
