import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseMediaPath, parseRange } from '../../shared/media';
import type { Core } from '../core/app';

/** Serves a media file (with Range, so audio can seek); false when the path is not a media path. */
export function serveMedia(core: Core, rest: string, req: IncomingMessage, res: ServerResponse): boolean {
  const target = parseMediaPath(rest);
  if (!target) return false;
  const found = core.media(target.kind, target.id);
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return true;
  }
  const size = fs.statSync(found.file).size;
  const range = parseRange(req.headers.range, size);
  if (range === 'invalid') {
    res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    return true;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.writeHead(range ? 206 : 200, {
    'Content-Type': found.mime,
    'Content-Length': end - start + 1,
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-store',
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(found.file, { start, end }).pipe(res);
  return true;
}
