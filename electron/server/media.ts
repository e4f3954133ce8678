import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseMediaPath, parseRange } from '../../shared/media';
import type { Core } from '../core/app';
import { sendText, streamFile } from './send';

function sizeOf(file: string): number | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/** Serves a media file (with Range, so audio can seek); false when the path is not a media path. */
export function serveMedia(core: Pick<Core, 'media'>, rest: string, req: IncomingMessage, res: ServerResponse): boolean {
  const target = parseMediaPath(rest);
  if (!target) return false;
  const found = core.media(target.kind, target.id);
  // A row whose file went missing on disk is as good as absent.
  const size = found ? sizeOf(found.file) : null;
  if (!found || size === null) {
    sendText(res, 404, 'Not found');
    return true;
  }
  const range = parseRange(req.headers.range, size);
  if (range === 'invalid') {
    res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    return true;
  }
  const common = { 'Content-Type': found.mime, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
  if (size === 0) {
    // Nothing to stream: a read stream over an empty range would be asked for bytes 0 to -1.
    res.writeHead(200, { ...common, 'Content-Length': 0 }).end();
    return true;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  res.writeHead(range ? 206 : 200, {
    ...common,
    'Content-Length': end - start + 1,
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else streamFile(res, found.file, { start, end });
  return true;
}
