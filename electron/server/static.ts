import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { APP_CSP } from '../../shared/csp';
import { sendText, streamFile } from './send';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** The app's CSP, shared with the desktop window. */
export const BROWSER_CSP = APP_CSP;

export function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', BROWSER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // The secret is in the URL: never let it travel in a Referer header.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** The request path decoded, or null when it is not a valid percent-encoding or holds a NUL byte. */
export function decodePath(rest: string): string | null {
  try {
    const decoded = decodeURIComponent(rest);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Serves the built renderer; unknown paths without an extension get index.html (client routing). */
export function serveStatic(root: string, rest: string, req: Pick<IncomingMessage, 'method'>, res: ServerResponse): void {
  const decoded = decodePath(rest);
  if (decoded === null) {
    sendText(res, 400, 'Bad request: the address is not valid.');
    return;
  }
  const file = path.resolve(root, `.${decoded}`);
  const inside = file === root || file.startsWith(root + path.sep);
  let target = inside && isFile(file) ? file : null;
  if (!target && inside && path.extname(decoded) === '') target = path.join(root, 'index.html');
  if (!target || !isFile(target)) {
    sendText(res, 404, 'Not found');
    return;
  }
  const isIndex = target.endsWith('index.html');
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'Cache-Control': isIndex ? 'no-store' : 'private, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') res.end();
  else streamFile(res, target);
}
