/**
 * The renderer's Content-Security-Policy, the same in the desktop window and in browser mode:
 * scripts only from the app itself (no inline script, no eval), no plugins, no framing, no forms.
 * Inline style attributes are allowed because React style props use them.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
