/**
 * A key typed into a base URL (`https://user:key@host/v1`) would be stored and listed in plain text.
 * These helpers find it and take it out, so it can be refused or moved to the vault.
 */

/** Whether a URL carries a user name or password. */
export function hasUrlCredentials(url: string): boolean {
  try {
    const u = new URL(url);
    return u.username !== '' || u.password !== '';
  } catch {
    // Not parseable as a URL: look for the shape anyway.
    return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url.trim());
  }
}

/** The URL without its credentials, and the secret it held (the password, else the user name). */
export function splitUrlCredentials(url: string): { url: string; secret: string | null } {
  try {
    const u = new URL(url);
    if (u.username === '' && u.password === '') return { url, secret: null };
    const secret = decodeURIComponent(u.password || u.username);
    u.username = '';
    u.password = '';
    return { url: u.toString().replace(/\/+$/, ''), secret };
  } catch {
    const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@(.*)$/i.exec(url.trim());
    if (!m) return { url, secret: null };
    const userinfo = m[2]!;
    const colon = userinfo.indexOf(':');
    return { url: `${m[1]}${m[3]}`.replace(/\/+$/, ''), secret: colon >= 0 ? userinfo.slice(colon + 1) : userinfo };
  }
}
