/**
 * Serves the built renderer over atelier://app/ instead of file://, so the page has a real origin
 * that CSP 'self', sender checks and permission checks can name — and nothing else on disk is
 * reachable from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { APP_SCHEME, isAppUrl } from './app-origin';
import { APP_CSP } from '../../shared/csp';
import { parseMediaPath, parseRange, type MediaKind } from '../../shared/media';
import { Readable } from 'node:stream';

/** Registered before app ready: a standard, secure scheme (like https) with fetch and streaming. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
};

/** The app's CSP, shared with browser mode. */
export const DESKTOP_CSP = APP_CSP;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type AppPath =
  /** A file under root; fallback: serve index.html when it does not exist (client-side routes). */
  | { kind: 'file'; file: string; fallback: boolean }
  | { kind: 'refused'; status: 400 | 403 | 404 };

/**
 * Maps an atelier://app/… URL to a file under root, refusing anything that would leave it
 * (../, encoded separators, NUL bytes) or that names another host. Pure: no disk access.
 */
export function resolveAppPath(root: string, url: string): AppPath {
  if (!isAppUrl(url)) return { kind: 'refused', status: 404 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (decoded.includes('\0')) return { kind: 'refused', status: 400 };
  const base = path.resolve(root);
  const rel = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  // Backslashes are separators on Windows; treat them as such everywhere so the check is uniform.
  const file = path.resolve(base, `.${rel.replace(/\\/g, '/')}`);
  if (file !== base && !file.startsWith(base + path.sep)) return { kind: 'refused', status: 403 };
  if (file === base) return { kind: 'file', file: path.join(base, 'index.html'), fallback: false };
  return { kind: 'file', file, fallback: path.extname(rel) === '' };
}

function headersFor(file: string): Record<string, string> {
  return {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': DESKTOP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The protocol handler: GET/HEAD of files under root, index.html for client-side routes. */
export async function respond(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const resolved = resolveAppPath(root, request.url);
  if (resolved.kind === 'refused') {
    return new Response('Not found', { status: resolved.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  let file = resolved.file;
  if (!(await isFile(file))) {
    if (!resolved.fallback) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    file = path.join(path.resolve(root), 'index.html');
  }
  const body = request.method === 'HEAD' ? null : await fs.promises.readFile(file);
  return new Response(body, { status: 200, headers: headersFor(file) });
}

export type MediaLookup = (kind: MediaKind, id: string) => { file: string; mime: string } | null;

/** Media below /media/ (recordings for playback), with Range so audio can seek. */
export async function respondMedia(lookup: MediaLookup, request: { url: string; method: string; headers: Headers }): Promise<Response | null> {
  const target = parseMediaPath(new URL(request.url).pathname);
  if (!target) return null;
  const found = lookup(target.kind, target.id);
  // A row whose file went missing on disk is as good as absent.
  const size = found ? await fs.promises.stat(found.file).then((s) => (s.isFile() ? s.size : null), () => null) : null;
  if (!found || size === null) return new Response('Not found', { status: 404 });
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'invalid') return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
  // Nothing to stream: a read stream over an empty file would be asked for bytes 0 to -1.
  if (size === 0) return new Response(null, { status: 200, headers: { 'Content-Type': found.mime, 'Content-Length': '0', 'Accept-Ranges': 'bytes' } });
  const { start, end } = range ?? { start: 0, end: size - 1 };
  // toWeb: when the page cancels (seeks away, closes), the web stream cancels and destroys the file stream.
  const body = request.method === 'HEAD' ? null : (Readable.toWeb(fs.createReadStream(found.file, { start, end })) as ReadableStream);
  return new Response(body, {
    status: range ? 206 : 200,
    headers: { 'Content-Type': found.mime, 'Content-Length': String(end - start + 1), 'Accept-Ranges': 'bytes', ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}) },
  });
}

/** Call after app ready, with Electron's protocol module, the folder holding the built renderer, and core's media lookup. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string, media?: MediaLookup): void {
  protocol.handle(APP_SCHEME, async (request) => (media ? await respondMedia(media, request) : null) ?? respond(rendererDir, request));
}
