import WebSocket from 'ws';
import type { CallInput, CallName, CallOutput, PushedEvent, WsMessage } from '../shared/contract';
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
    else pending.get(message.id)?.(message.result);
  });
  const call = <N extends CallName>(name: N, input: CallInput<N>) =>
    new Promise<Result<CallOutput<N>>>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve as (r: Result<unknown>) => void);
      ws.send(JSON.stringify({ id, name, input }));
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
