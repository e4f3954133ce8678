import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { HTTP_CALL_PATH, WS_MAX_FRAME_BYTES, WS_PATH } from '../../shared/contract';
import type { Core } from '../core/app';
import { silentLogger, type Logger } from '../core/log';
import { checkRequest, type GuardConfig } from './guard';
import { serveMedia } from './media';
import { attachRpc, serveCall } from './rpc';
import { sendText } from './send';
import { securityHeaders, serveStatic } from './static';

export const LOOPBACK = '127.0.0.1';

export interface BrowserServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface BrowserServerOptions {
  rendererDir: string;
  port?: number;
  log?: Logger;
}

/** Browser mode: the built renderer over HTTP and the contract over one WebSocket, loopback only. */
export async function startBrowserServer(core: Pick<Core, 'handle' | 'subscribe' | 'media'>, opts: BrowserServerOptions): Promise<BrowserServer> {
  const log = opts.log ?? silentLogger;
  const secret = crypto.randomBytes(24).toString('base64url');
  const server = http.createServer();
  // A client that dribbles its headers (or never sends them) is cut off instead of holding a socket for ever.
  server.headersTimeout = 15_000;
  server.requestTimeout = 10 * 60_000;
  server.keepAliveTimeout = 5_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_FRAME_BYTES });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, LOOPBACK, () => resolve());
  });
  server.on('error', (error) => log.error('host.server_error', { error: error.message }));
  const port = (server.address() as AddressInfo).port;
  const guard: GuardConfig = { secret, host: LOOPBACK, port };

  server.on('request', (req, res) => {
    try {
      securityHeaders(res);
      const verdict = checkRequest(req, guard);
      if (!verdict.ok) {
        sendText(res, verdict.status, 'Forbidden: open Atelier with the address it printed at start-up.');
        return;
      }
      if (verdict.rest === `/${HTTP_CALL_PATH}`) {
        serveCall(core, req, res, log);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      if (serveMedia(core, verdict.rest, req, res)) return;
      serveStatic(opts.rendererDir, verdict.rest, req, res);
    } catch (error) {
      log.error('host.request_failed', { error: error instanceof Error ? error.message : String(error) });
      sendText(res, 500, 'Atelier could not answer that request.');
    }
  });

  server.on('upgrade', (req, socket, head) => {
    // Node hands an upgrading socket over without its error handler: a reset here must not be fatal.
    socket.on('error', () => socket.destroy());
    const verdict = checkRequest(req, guard);
    // Browsers always send Origin on WebSocket handshakes; one without it is not our page.
    if (!verdict.ok || verdict.rest !== `/${WS_PATH}` || req.headers.origin === undefined) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  attachRpc(wss, core, log);

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
