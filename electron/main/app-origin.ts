/**
 * The app's own origin. The renderer is served from atelier://app/ (never file://), and everything
 * that decides "is this us?" — sender checks, navigation, permissions — compares against it here.
 */

export const APP_SCHEME = 'atelier';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when url is a document or resource of the app itself. Compared part by part because Node's
 * URL reports origin "null" for custom schemes; host is compared exactly (Chromium lower-cases a
 * standard scheme's host, so a differently-cased host never comes from our own pages).
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
