import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import { HTTP_CALL_MAX_BYTES, isBinaryCallFrame, type WsMessage } from '../../shared/contract';
import { makeError, type Result } from '../../shared/errors';
import type { Core } from '../core/app';
import type { Logger } from '../core/log';
import { parseBinaryFrame, parseCallFrame } from './frames';
import { sendResultError } from './send';

const SENDER = { trusted: true, label: 'browser' } as const;
/** Malformed frames tolerated per connection per window before it is closed as misbehaving. */
export const MALFORMED_LIMIT = 50;
const MALFORMED_WINDOW_MS = 10_000;
/** Output a client does not read is dropped with its connection rather than held without bound. */
const MAX_BUFFERED_BYTES = 256 * 1024 * 1024;

type Host = Pick<Core, 'handle' | 'subscribe'>;

/** Runs one call; a handler that throws (it should not: the dispatcher catches) still gets an answer. */
async function run(core: Host, name: string, input: unknown, log: Logger): Promise<Result<unknown>> {
  try {
    return await core.handle(name, input, SENDER);
  } catch (error) {
    log.error('host.call_threw', { call: name, error: error instanceof Error ? error.message : String(error) });
    return { ok: false, error: makeError('internal') };
  }
}

function send(ws: WebSocket, message: WsMessage): void {
  if (ws.readyState !== ws.OPEN) return;
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.terminate();
    return;
  }
  ws.send(JSON.stringify(message), (error) => {
    if (error) ws.terminate();
  });
}

/** The contract over each WebSocket: answers every frame, readable or not, and survives protocol errors. */
export function attachRpc(wss: WebSocketServer, core: Host, log: Logger): void {
  wss.on('error', (error) => log.warn('host.ws_server_error', { error: error.message }));
  wss.on('connection', (ws) => {
    const unsubscribe = core.subscribe((event) => send(ws, { kind: 'event', event }));
    ws.on('close', unsubscribe);
    // Invalid UTF-8, reserved opcodes, oversized frames: ws closes the connection itself (1007, 1002,
    // 1009) and reports here; without a listener the error would take the whole process down.
    ws.on('error', (error: Error & { code?: string }) => log.warn('host.ws_protocol_error', { code: error.code ?? null, error: error.message }));
    let malformed = 0;
    let windowStart = Date.now();
    ws.on('message', (data: RawData, isBinary: boolean) => {
      // Binary frames carry calls with bytes (live audio) without base64's third more.
      const bytes = isBinary ? rawBytes(data) : null;
      const parsed = bytes && isBinaryCallFrame(bytes) ? parseBinaryFrame(bytes) : parseCallFrame(rawText(data));
      if (!parsed.ok) {
        const now = Date.now();
        if (now - windowStart > MALFORMED_WINDOW_MS) {
          windowStart = now;
          malformed = 0;
        }
        if (++malformed > MALFORMED_LIMIT) {
          log.warn('host.ws_malformed_flood', { limit: MALFORMED_LIMIT });
          ws.close(1008, 'Too many malformed frames');
          return;
        }
        send(ws, { kind: 'result', id: parsed.id, result: { ok: false, error: makeError('invalid_input', parsed.message) } });
        return;
      }
      const { id, name, input } = parsed.request;
      void run(core, name, input, log).then((result) => send(ws, { kind: 'result', id, result }));
    });
  });
}

function rawBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * POST <secret>/call: one call whose body `{name, input}` may be far bigger than a WebSocket frame
 * (chat.import, attachments). The request already passed the guard (secret, Host, Origin); a browser
 * page always sends Origin with a POST, so one without it is not our page.
 */
export function serveCall(core: Host, req: IncomingMessage, res: ServerResponse, log: Logger): void {
  if (req.method !== 'POST') {
    sendResultError(res, 405, makeError('invalid_input', 'Calls are sent with POST.'), { Allow: 'POST' });
    return;
  }
  if (req.headers.origin === undefined || !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    sendResultError(res, 403, makeError('forbidden', 'Calls must come from the Atelier page as JSON.'));
    return;
  }
  const tooLarge = () =>
    sendResultError(res, 413, makeError('too_large', 'That call is larger than Atelier accepts.', { maxBytes: HTTP_CALL_MAX_BYTES }), { Connection: 'close' });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > HTTP_CALL_MAX_BYTES) {
    tooLarge();
    return;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    received += chunk.length;
    if (received > HTTP_CALL_MAX_BYTES) {
      refused = true;
      chunks.length = 0;
      tooLarge();
      return;
    }
    chunks.push(chunk);
  });
  // An aborted upload: nothing to answer, and nothing kept.
  req.on('error', () => (chunks.length = 0));
  req.on('end', () => {
    if (refused || req.destroyed) return;
    let text: string;
    try {
      text = decoder.decode(Buffer.concat(chunks, received));
    } catch {
      sendResultError(res, 400, makeError('invalid_input', 'That call was not valid UTF-8 text.'));
      return;
    }
    chunks.length = 0;
    const parsed = parseCallFrame(text, false);
    if (!parsed.ok) {
      sendResultError(res, 400, makeError('invalid_input', parsed.message));
      return;
    }
    void run(core, parsed.request.name, parsed.request.input, log).then((result) => {
      if (res.destroyed) return;
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(result));
    });
  });
}
