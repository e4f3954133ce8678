import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { WS_PATH, type WsMessage, type WsRequest } from '../../shared/contract';
import type { Core } from '../core/app';
import { checkRequest, type GuardConfig } from './guard';
import { serveMedia } from './media';
import { securityHeaders, serveStatic } from './static';

export const LOOPBACK = '127.0.0.1';
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function parseRequest(raw: string): WsRequest | null {
  try {
    const value = JSON.parse(raw) as Partial<WsRequest>;
    return typeof value.id === 'number' && typeof value.name === 'string' ? { id: value.id, name: value.name, input: value.input } : null;
  } catch {
    return null;
  }
}

/** Browser mode: the built renderer over HTTP and the contract over one WebSocket, loopback only. */
export async function startBrowserServer(core: Core, opts: { rendererDir: string; port?: number }): Promise<BrowserServer> {
  const secret = crypto.randomBytes(24).toString('base64url');
  const server = http.createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const guard: GuardConfig = { secret, host: LOOPBACK, port };

  server.on('request', (req, res) => {
    securityHeaders(res);
    const verdict = checkRequest(req, guard);
    if (!verdict.ok) {
      res.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden: open Atelier with the address it printed at start-up.');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (serveMedia(core, verdict.rest, req, res)) return;
    serveStatic(opts.rendererDir, verdict.rest, res);
  });

  server.on('upgrade', (req, socket, head) => {
    const verdict = checkRequest(req, guard);
    // Browsers always send Origin on WebSocket handshakes; one without it is not our page.
    if (!verdict.ok || verdict.rest !== `/${WS_PATH}` || req.headers.origin === undefined) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });

  const send = (ws: WebSocket, message: WsMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  wss.on('connection', (ws) => {
    const unsubscribe = core.subscribe((event) => send(ws, { kind: 'event', event }));
    ws.on('close', unsubscribe);
    ws.on('message', async (data) => {
      const request = parseRequest(data.toString());
      if (!request) return;
      const result = await core.handle(request.name, request.input, { trusted: true, label: 'browser' });
      send(ws, { kind: 'result', id: request.id, result });
    });
  });

  return {
    url: `http://${LOOPBACK}:${port}/${secret}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
