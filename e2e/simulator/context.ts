/** The per-request context handed to routes: response helpers with OpenAI's headers, SSE, cancellable sleep. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultQueue } from './faults';
import type { ApiError } from './http/errors';
import type { Limiter } from './limits/limiter';
import type { RecordedRequest, RouteName, SimulatorCounters, SimulatorSettings } from './types';

/** State shared by the server, the routes and the control surface. */
export interface SimCore {
  settings: SimulatorSettings;
  readonly initial: SimulatorSettings;
  readonly limiter: Limiter;
  readonly faults: FaultQueue;
  counters: SimulatorCounters;
  readonly requests: RecordedRequest[];
  readonly maxRecorded: number;
  /** Aborted by close(): every sleep and hung request ends. */
  readonly closing: AbortSignal;
}

export interface SseWriter {
  /** Writes one `data:` event (with `event:` line when given). False once the client is gone or the stream was cut. */
  send(data: unknown, event?: string): Promise<boolean>;
  /** Writes `data: [DONE]` (unless told not to) and ends the response. */
  end(done?: boolean): void;
}

export function newRequestId(): string {
  return `req_${randomBytes(16).toString('hex')}`;
}

export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Why a request's work stops: its response closed (finished, or the client went away). */
const RESPONSE_CLOSED = new Error('The response closed.');

export class RouteContext {
  readonly requestId = newRequestId();
  readonly started = Date.now();
  body: Buffer = Buffer.alloc(0);
  params: Record<string, string> = {};
  route: RouteName | undefined;
  key: string | null = null;
  /** Set by a cut_stream fault. */
  cutAfterChunks: number | undefined;
  readonly signal: AbortSignal;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly url: URL,
    readonly core: SimCore,
    readonly record: RecordedRequest,
  ) {
    const gone = new AbortController();
    // A shared reason: abort() without one builds a DOMException with a stack trace for every response.
    res.on('close', () => gone.abort(RESPONSE_CLOSED));
    this.signal = AbortSignal.any([gone.signal, core.closing]);
  }

  sleep(ms: number): Promise<boolean> {
    return sleep(ms, this.signal);
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-request-id': this.requestId,
      'openai-version': '2020-10-01',
      'openai-organization': 'org-sim',
      'openai-processing-ms': String(Date.now() - this.started),
      ...this.core.limiter.headers(this.key),
      ...extra,
    };
  }

  private write(status: number, contentType: string, payload: string | Buffer, extra?: Record<string, string>): void {
    if (this.res.headersSent || this.res.destroyed) return;
    this.res.writeHead(status, {
      ...this.headers(extra),
      'content-type': contentType,
      'content-length': String(Buffer.byteLength(payload)),
    });
    this.res.end(payload);
  }

  sendJson(status: number, body: unknown, extra?: Record<string, string>): void {
    this.write(status, 'application/json', JSON.stringify(body), extra);
  }

  sendText(status: number, text: string, contentType = 'text/plain; charset=utf-8'): void {
    this.write(status, contentType, text);
  }

  sendError(err: ApiError): void {
    this.sendJson(err.status, err.toBody(), err.headers);
  }

  openStream(): SseWriter {
    const res = this.res;
    res.writeHead(200, {
      ...this.headers(),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.flushHeaders();
    let sent = 0;
    const delay = this.core.settings.streamChunkDelayMs;
    const writeAndWait = (text: string): Promise<void> => new Promise((resolve) => res.write(text, () => resolve()));
    return {
      send: async (data, event) => {
        if (this.signal.aborted || res.destroyed) return false;
        if (this.cutAfterChunks !== undefined && sent >= this.cutAfterChunks) {
          res.socket?.destroy();
          return false;
        }
        const prefix = event ? `event: ${event}\n` : '';
        await writeAndWait(`${prefix}data: ${JSON.stringify(data)}\n\n`);
        sent += 1;
        if (delay > 0) return this.sleep(delay);
        return !this.signal.aborted;
      },
      end: (done = true) => {
        if (res.destroyed) return;
        if (this.cutAfterChunks !== undefined && sent >= this.cutAfterChunks) {
          res.socket?.destroy();
          return;
        }
        res.end(done ? 'data: [DONE]\n\n' : undefined);
      },
    };
  }
}
