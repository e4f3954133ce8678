/** startSimulator(): an OpenAI-compatible upstream on 127.0.0.1 for tests, benchmarks and the demo. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { type SimCore } from './context';
import { SimulatorControl, emptyCounters, handleControlRequest } from './control';
import { FaultQueue } from './faults';
import { Limiter } from './limits/limiter';
import { DEFAULT_MODELS } from './models';
import { handleApiRequest } from './pipeline';
import { realtimeHub } from './realtime/hub';
import type { RecordedRequest, SimulatorOptions, SimulatorSettings } from './types';

export interface Simulator {
  /** e.g. http://127.0.0.1:PORT/v1 — pass as the SDK's baseURL. */
  baseUrl: string;
  port: number;
  control: SimulatorControl;
  /** Live list of every /v1 request (status 0 while pending or when the socket was destroyed). */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

import { warmTokenizers } from './chat/tokens';

export const HOST = '127.0.0.1';
/** About 50 tokens a second: fast enough to read along, slow enough to see streaming and to press Stop. */
export const DEMO_TOKEN_DELAY_MS = 20;

function initialSettings(opts: SimulatorOptions): SimulatorSettings {
  return {
    keys: opts.keys ? [...opts.keys] : null,
    limits: { ...(opts.limits ?? {}) },
    latencyMs: opts.latencyMs ?? 0,
    routeLatencyMs: { ...(opts.routeLatencyMs ?? {}) },
    streamChunkDelayMs: opts.streamChunkDelayMs ?? (opts.demo ? DEMO_TOKEN_DELAY_MS : 0),
    retryAfterHeaders: opts.retryAfterHeaders ?? true,
    streamMode: opts.streamMode ?? 'sse',
    demo: opts.demo ?? false,
    models: [...(opts.models ?? DEFAULT_MODELS)],
  };
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  warmTokenizers();
  const closing = new AbortController();
  const initial = initialSettings(opts);
  const core: SimCore = {
    settings: structuredClone(initial),
    initial,
    limiter: new Limiter(initial.limits),
    faults: new FaultQueue(),
    counters: emptyCounters(),
    requests: [],
    maxRecorded: opts.maxRecordedRequests ?? 10_000,
    closing: closing.signal,
  };
  const control = new SimulatorControl(core);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const handled = url.pathname.startsWith('/__sim/')
      ? handleControlRequest(control, req, res, url.pathname)
      : handleApiRequest(core, req, res, url);
    handled.catch((err: unknown) => {
      if (!closing.signal.aborted) console.error('[simulator] request failed:', err);
      res.destroy();
    });
  });
  const hub = realtimeHub(core);
  if (opts.realtimeMaxSessionMs !== undefined) hub.maxSessionMs = opts.realtimeMaxSessionMs;
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (!/^\/v1\/realtime\/?$/.test(url.pathname)) return void socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    hub.upgrade(req, socket, head, url).catch(() => socket.destroy());
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  let closed: Promise<void> | undefined;
  return {
    baseUrl: `http://${HOST}:${port}/v1`,
    port,
    control,
    requests: core.requests,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        hub.closeAll();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
