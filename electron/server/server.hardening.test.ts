/**
 * The browser host must survive anything a client sends: each case here took the process down (or
 * leaked a descriptor per request) before the fixes. The host runs inside the test process, so a crash
 * fails the run as an unhandled error, and every case checks the server still answers afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { HTTP_CALL_PATH, WS_MAX_FRAME_BYTES, type WsMessage } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { MediaKind } from '../../shared/media';
import { postCall } from '../../e2e/api-client';
import { MALFORMED_LIMIT } from './rpc';
import { startBrowserServer, type BrowserServer } from './server';

let dir: string;
let server: BrowserServer;
const files: Record<string, string> = {};
const calls: { name: string; input: unknown }[] = [];

const stubCore = {
  handle: async (name: string, input: unknown): Promise<Result<unknown>> => {
    calls.push({ name, input });
    if (name === 'boom') throw new Error('handler blew up');
    return { ok: true, value: { name, size: JSON.stringify(input ?? null).length } };
  },
  subscribe: () => () => {},
  media: (kind: MediaKind, id: string) => (kind === 'recording' && files[id] ? { file: files[id]!, mime: 'audio/wav' } : null),
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-host-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Atelier</title>');
  files.empty = path.join(dir, 'empty.wav');
  fs.writeFileSync(files.empty, '');
  files.big = path.join(dir, 'big.wav');
  fs.writeFileSync(files.big, crypto.randomBytes(16 * 1024 * 1024));
  files.gone = path.join(dir, 'gone.wav');
  server = await startBrowserServer(stubCore as never, { rendererDir: dir });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const base = () => new URL(server.url).pathname;
const origin = () => `http://127.0.0.1:${server.port}`;

function request(pathname: string, opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port: server.port, path: pathname, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    r.on('error', reject);
    r.end(opts.body);
  });
}

async function stillServing() {
  expect((await request(base())).status).toBe(200);
  const ws = await openWs();
  const answer = await roundTrip(ws, JSON.stringify({ id: 7, name: 'app.info', input: {} }));
  expect(answer).toMatchObject({ kind: 'result', id: 7, result: { ok: true } });
  ws.close();
}

function openWs(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${base()}rpc`, { headers: { Origin: origin() } });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function roundTrip(ws: WebSocket, frame: string | Buffer, binary = false): Promise<WsMessage> {
  return new Promise((resolve) => {
    ws.once('message', (d) => resolve(JSON.parse(d.toString()) as WsMessage));
    ws.send(frame, { binary });
  });
}

/** A raw, hand-framed WebSocket: to send what a well-behaved client library refuses to. */
async function rawSocket(): Promise<{ socket: net.Socket; closed: Promise<Buffer> }> {
  const socket = net.connect(server.port, '127.0.0.1');
  const received: Buffer[] = [];
  const closed = new Promise<Buffer>((resolve) => socket.on('close', () => resolve(Buffer.concat(received))));
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    [`GET ${base()}rpc HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, `Origin: ${origin()}`, 'Upgrade: websocket', 'Connection: Upgrade',
      `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}`, 'Sec-WebSocket-Version: 13', '', ''].join('\r\n'),
  );
  await new Promise<void>((resolve) => {
    const onData = (d: Buffer) => {
      received.push(d);
      if (Buffer.concat(received).includes('\r\n\r\n')) {
        socket.off('data', onData);
        socket.on('data', (x: Buffer) => received.push(x));
        resolve();
      }
    };
    socket.on('data', onData);
  });
  expect(Buffer.concat(received).toString()).toMatch(/^HTTP\/1\.1 101/);
  return { socket, closed };
}

/** A masked client frame header; the payload length may be declared without being sent. */
function frameHeader(opcode: number, declared: number): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  if (declared < 126) return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | declared]), mask]);
  const len = Buffer.alloc(8);
  len.writeBigUInt64BE(BigInt(declared));
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | 127]), len, mask]);
}
function maskedPayload(payload: Buffer): Buffer {
  const mask = [1, 2, 3, 4];
  return Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
}

describe('browser host: nothing a client sends takes it down', () => {
  it('answers a malformed percent-escape in a path with 400', async () => {
    for (const bad of ['%E0%A4%A', '%', 'assets/%ZZ.js', '%00', 'a%2500%']) {
      const res = await request(`${base()}${bad}`);
      expect([400, 404]).toContain(res.status);
    }
    expect((await request(`${base()}%E0%A4%A`)).status).toBe(400);
    await stillServing();
  });

  it('plays a zero-byte recording with and without a Range request', async () => {
    const url = `${base()}media/recording/empty`;
    const plain = await request(url);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-length']).toBe('0');
    for (const range of ['bytes=0-', 'bytes=0-0', 'bytes=-1', 'bytes=-0']) {
      const res = await request(url, { headers: { Range: range } });
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe('bytes */0');
    }
    expect((await request(url, { method: 'HEAD' })).status).toBe(200);
    await stillServing();
  });

  it('answers 404 for a recording whose file went missing', async () => {
    files.gone2 = path.join(dir, 'never-written.wav');
    expect((await request(`${base()}media/recording/gone2`)).status).toBe(404);
    await stillServing();
  });

  it('closes the file of every playback aborted mid-stream', async () => {
    const openOnBig = () =>
      fs.readdirSync('/proc/self/fd').filter((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`) === files.big;
        } catch {
          return false;
        }
      }).length;
    for (let i = 0; i < 10; i++) {
      await new Promise<void>((resolve) => {
        const r = http.get({ host: '127.0.0.1', port: server.port, path: `${base()}media/recording/big`, headers: { Range: 'bytes=0-' } }, (res) => {
          res.once('data', () => {
            r.destroy();
            resolve();
          });
        });
        r.on('error', () => {});
      });
    }
    await expect.poll(openOnBig, { timeout: 5000 }).toBe(0);
    await stillServing();
  });

  it('refuses media paths that try to leave the media folders', async () => {
    for (const p of ['media/recording/..%2f..%2fetc%2fpasswd', 'media/recording/../../etc/passwd', 'media/attachment/%2e%2e', 'media/recording/big%00']) {
      const res = await request(`${base()}${p}`);
      expect(res.body).not.toContain('root:');
    }
    await stillServing();
  });

  it('answers malformed RPC frames with a typed error', async () => {
    const ws = await openWs();
    expect(await roundTrip(ws, 'not json')).toMatchObject({ kind: 'result', id: null, result: { ok: false, error: { code: 'invalid_input' } } });
    expect(await roundTrip(ws, '[1,2]')).toMatchObject({ id: null, result: { ok: false, error: { code: 'invalid_input' } } });
    expect(await roundTrip(ws, 'null')).toMatchObject({ id: null, result: { ok: false } });
    expect(await roundTrip(ws, JSON.stringify({ name: 'app.info', input: {} }))).toMatchObject({ id: null, result: { ok: false, error: { code: 'invalid_input' } } });
    expect(await roundTrip(ws, JSON.stringify({ id: 'x', name: 'app.info' }))).toMatchObject({ id: null, result: { ok: false } });
    expect(await roundTrip(ws, JSON.stringify({ id: 4, input: {} }))).toMatchObject({ id: 4, result: { ok: false, error: { code: 'invalid_input' } } });
    expect(await roundTrip(ws, JSON.stringify({ id: 5, name: 'app.info' }), true)).toMatchObject({ id: 5, result: { ok: true } });
    expect(await roundTrip(ws, '['.repeat(100_000))).toMatchObject({ id: null, result: { ok: false } });
    expect(await roundTrip(ws, JSON.stringify({ id: 6, name: 'boom' }))).toMatchObject({ id: 6, result: { ok: false, error: { code: 'internal' } } });
    ws.close();
    await stillServing();
  });

  it('closes a connection that floods malformed frames, and only that one', async () => {
    const ws = await openWs();
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    for (let i = 0; i <= MALFORMED_LIMIT + 5; i++) ws.send('garbage');
    expect(await closed).toBe(1008);
    await stillServing();
  });

  it('survives invalid UTF-8 in a text frame', async () => {
    const ws = await openWs();
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.on('error', () => {});
    ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await closed).toBe(1007);
    await stillServing();
  });

  it('survives a reserved opcode', async () => {
    const { socket, closed } = await rawSocket();
    socket.write(Buffer.concat([frameHeader(0x3, 2), maskedPayload(Buffer.from('hi'))]));
    await closed;
    await stillServing();
  });

  it('survives a frame declared larger than the limit, and an unmasked frame', async () => {
    const big = await rawSocket();
    big.socket.write(frameHeader(0x1, WS_MAX_FRAME_BYTES + 1));
    await big.closed;
    const unmasked = await rawSocket();
    unmasked.socket.write(Buffer.from([0x81, 0x02, 0x68, 0x69]));
    await unmasked.closed;
    await stillServing();
  });

  it('survives a client that resets its socket during the handshake or is refused', async () => {
    for (const p of [`${base()}rpc`, '/nope/rpc']) {
      const socket = net.connect(server.port, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(`GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: ${origin()}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: x\r\nSec-WebSocket-Version: 13\r\n\r\n`);
      socket.resetAndDestroy();
    }
    await stillServing();
  });
});

describe('browser host: the HTTP call route carries what a frame cannot', () => {
  it('takes a call larger than a WebSocket frame', async () => {
    const content = 'x'.repeat(WS_MAX_FRAME_BYTES + 1024 * 1024);
    const result = await postCall(server.url, 'chat.import', { content });
    expect(result).toEqual({ ok: true, value: { name: 'chat.import', size: content.length + 14 } });
  });

  it('guards the route like the WebSocket: secret, Origin, JSON, POST only', async () => {
    const body = JSON.stringify({ name: 'app.info', input: {} });
    const json = { 'Content-Type': 'application/json' };
    expect((await request(`/${HTTP_CALL_PATH}`, { method: 'POST', headers: { ...json, Origin: origin() }, body })).status).toBe(403);
    expect((await request(`${base()}${HTTP_CALL_PATH}`, { method: 'POST', headers: json, body })).status).toBe(403);
    expect((await request(`${base()}${HTTP_CALL_PATH}`, { method: 'POST', headers: { ...json, Origin: 'http://evil.example' }, body })).status).toBe(403);
    expect((await request(`${base()}${HTTP_CALL_PATH}`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: origin() }, body })).status).toBe(403);
    expect((await request(`${base()}${HTTP_CALL_PATH}`, { headers: { Origin: origin() } })).status).toBe(405);
    const n = calls.length;
    expect(calls.length).toBe(n);
  });

  it('answers unreadable bodies with typed errors', async () => {
    const headers = { 'Content-Type': 'application/json', Origin: origin() };
    const post = (body: Buffer | string) => request(`${base()}${HTTP_CALL_PATH}`, { method: 'POST', headers, body });
    for (const body of ['not json', '{"input":{}}', '[]', Buffer.from([0x7b, 0xff, 0x7d])]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const declaredHuge = await request(`${base()}${HTTP_CALL_PATH}`, { method: 'POST', headers: { ...headers, 'Content-Length': String(400 * 1024 * 1024) } });
    expect(declaredHuge.status).toBe(413);
    expect(JSON.parse(declaredHuge.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    await stillServing();
  });
});
