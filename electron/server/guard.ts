import type { IncomingMessage } from 'node:http';

export interface GuardConfig {
  secret: string;
  host: string;
  port: number;
}

export type Verdict = { ok: true; rest: string } | { ok: false; status: number; reason: string };

/**
 * Refuses anything not addressed to exactly our loopback host and port (DNS rebinding), from another
 * origin (cross-site pages), or without the per-launch secret as the first path segment.
 */
export function checkRequest(req: Pick<IncomingMessage, 'headers' | 'url'>, cfg: GuardConfig): Verdict {
  const expectedHost = `${cfg.host}:${cfg.port}`;
  if (req.headers.host !== expectedHost) return { ok: false, status: 421, reason: 'host' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${expectedHost}`) return { ok: false, status: 403, reason: 'origin' };
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, reason: 'cross-site' };
  let pathname: string;
  try {
    pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return { ok: false, status: 400, reason: 'url' };
  }
  const prefix = `/${cfg.secret}`;
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return { ok: false, status: 403, reason: 'secret' };
  return { ok: true, rest: pathname.slice(prefix.length) || '/' };
}
