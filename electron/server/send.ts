import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import type { AppError } from '../../shared/errors';

/**
 * Streams part of a file into a response. pipeline() destroys the file stream (closing its descriptor)
 * when the client goes away mid-stream or reading fails; a bare pipe() would leave it open.
 */
export function streamFile(res: ServerResponse, file: string, range?: { start: number; end: number }): void {
  let source: fs.ReadStream;
  try {
    source = fs.createReadStream(file, range);
  } catch {
    res.destroy();
    return;
  }
  pipeline(source, res, () => {
    // Errors and early closes are handled by destroying both ends; the client sees a cut response.
  });
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/** A transport-level refusal answered as a Result, so the renderer shows it like any other error. */
export function sendResultError(res: ServerResponse, status: number, error: AppError, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers }).end(JSON.stringify({ ok: false, error }));
}
