import WebSocket from 'ws';
import http from 'node:http';
import { encodeBinaryFrame, hasBytes, HTTP_CALL_PATH, WS_MAX_FRAME_BYTES, type CallInput, type CallName, type CallOutput, type PushedEvent, type WsMessage } from '../shared/contract';
import type { Result } from '../shared/errors';

export interface ApiClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
  /** Like call, but throws on a failed Result. */
  value<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  events: PushedEvent[];
  close(): void;
}

/**
 * Talks to a browser-mode app over its WebSocket exactly as its page does (same secret, same
 * Origin): for tests that set up data or make real requests without clicking through the UI.
 */
export async function connectApi(appUrl: string): Promise<ApiClient> {
  const url = new URL(appUrl);
  const ws = new WebSocket(`ws://${url.host}${url.pathname}rpc`, { headers: { Origin: url.origin } });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const events: PushedEvent[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as WsMessage;
    if (message.kind === 'event') events.push(message.event);
    else if (message.id !== null) pending.get(message.id)?.(message.result);
  });
  const call = <N extends CallName>(name: N, input: CallInput<N>) =>
    new Promise<Result<CallOutput<N>>>((resolve) => {
      const id = nextId++;
      if (hasBytes(input)) {
        // As the page does: a call carrying bytes (upload parts, live audio) is one binary frame.
        pending.set(id, resolve as (r: Result<unknown>) => void);
        return void ws.send(encodeBinaryFrame(id, name, input));
      }
      const frame = JSON.stringify({ id, name, input });
      // As the page does: a call too big for one frame goes over the HTTP call route.
      if (Buffer.byteLength(frame) > WS_MAX_FRAME_BYTES) return void postCall(appUrl, name, input).then(resolve as (r: Result<unknown>) => void);
      pending.set(id, resolve as (r: Result<unknown>) => void);
      ws.send(frame);
    });
  return {
    call,
    async value(name, input) {
      const r = await call(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code}: ${r.error.message}`);
      return r.value;
    },
    events,
    close: () => ws.close(),
  };
}

/** POSTs one call to the browser host's HTTP call route, with the page's Origin. */
export function postCall(appUrl: string, name: string, input: unknown, headers: Record<string, string> = {}): Promise<Result<unknown>> {
  const url = new URL(appUrl);
  const body = Buffer.from(JSON.stringify({ name, input }));
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${HTTP_CALL_PATH}`, method: 'POST', headers: { Origin: url.origin, 'Content-Type': 'application/json', 'Content-Length': body.length, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
