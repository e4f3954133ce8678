import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { encodeBinaryFrame } from '../../shared/contract';
import { createTempCore, type TempCore } from '../core/testing/temp-core';
import { startBrowserServer, type BrowserServer } from './server';

let temp: TempCore;
let server: BrowserServer;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Atelier</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  temp = await createTempCore();
  server = await startBrowserServer(temp.core, { rendererDir });
});
afterAll(async () => {
  await server.close();
  temp.dispose();
});

function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port: server.port, path: pathname, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    r.on('error', reject);
    r.end();
  });
}

const secretPath = () => new URL(server.url).pathname;
const wsUrl = () => `ws://127.0.0.1:${server.port}${secretPath()}rpc`;
const origin = () => `http://127.0.0.1:${server.port}`;

function openWs(url: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

describe('browser-mode server', () => {
  it('listens on loopback only and prints a URL carrying the secret', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\/$/);
  });

  it('serves the app with the secret, with CSP and no-referrer', async () => {
    const res = await get(secretPath());
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Atelier</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect((await get(`${secretPath()}assets/app.js`)).status).toBe(200);
  });

  it('refuses requests without the secret, with a foreign Host, or from a foreign Origin', async () => {
    expect((await get('/')).status).toBe(403);
    expect((await get('/assets/app.js')).status).toBe(403);
    expect((await get(secretPath(), { Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await get(secretPath(), { Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await get(`${secretPath()}..%2f..%2f..%2fetc%2fpasswd`);
    expect(res.body).not.toContain('root:');
  });

  it('serves stored image attachments with byte ranges, and nothing else under /media/', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#08f8' } }).png().toBuffer();
    const added = await temp.core.handle('attachments.add', { name: 'dot.png', mime: 'image/png', dataBase64: png.toString('base64') }, { trusted: true, label: 'test' });
    if (!added.ok) throw new Error(added.error.message);
    const url = `${secretPath()}media/attachment/${(added.value as { hash: string }).hash}`;
    const whole = await get(url);
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('image/png');
    const part = await get(url, { Range: 'bytes=0-3' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toMatch(/^bytes 0-3\/\d+$/);
    expect((await get(`${secretPath()}media/attachment/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await get(`/media/attachment/${(added.value as { hash: string }).hash}`)).status).toBe(403);
  });

  it('refuses WebSocket handshakes without the secret or from another origin', async () => {
    await expect(openWs(`ws://127.0.0.1:${server.port}/rpc`, { Origin: origin() })).rejects.toThrow(/403/);
    await expect(openWs(wsUrl(), { Origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(openWs(wsUrl(), {})).rejects.toThrow(/403/);
  });

  it('carries contract calls and pushed events over the WebSocket', async () => {
    const ws = await openWs(wsUrl(), { Origin: origin() });
    const messages: unknown[] = [];
    ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
    ws.send(JSON.stringify({ id: 1, name: 'app.info', input: {} }));
    ws.send(JSON.stringify({ id: 2, name: 'settings.update', input: { theme: 'dark' } }));
    ws.send(JSON.stringify({ id: 3, name: 'settings.update', input: { theme: 'purple' } }));
    await expect.poll(() => messages.length).toBeGreaterThanOrEqual(4);
    expect(messages).toContainEqual({ kind: 'result', id: 1, result: { ok: true, value: expect.objectContaining({ mode: 'browser' }) } });
    expect(messages).toContainEqual({ kind: 'result', id: 2, result: { ok: true, value: expect.objectContaining({ theme: 'dark' }) } });
    expect(messages).toContainEqual({ kind: 'event', event: { name: 'data.changed', payload: { topic: 'settings' } } });
    expect(messages).toContainEqual({ kind: 'result', id: 3, result: { ok: false, error: expect.objectContaining({ code: 'invalid_input' }) } });
    ws.close();
  });

  it('takes an upload as binary frames of raw bytes, byte for byte, and refuses a part sent as text', async () => {
    const ws = await openWs(wsUrl(), { Origin: origin() });
    const results = new Map<number, { ok: boolean; value?: { uploadId?: string; received?: number }; error?: { code: string } }>();
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString()) as { kind: string; id: number; result: never };
      if (m.kind === 'result') results.set(m.id, m.result);
    });
    const reply = async (id: number) => {
      await expect.poll(() => results.has(id)).toBe(true);
      return results.get(id)!;
    };
    // Every byte value, so a text or base64 round trip anywhere would show.
    const data = Uint8Array.from({ length: 3 * 256 * 1024 + 17 }, (_, i) => (i * 7) & 0xff);
    ws.send(JSON.stringify({ id: 1, name: 'uploads.begin', input: { name: 'bytes.wav', bytes: data.length } }));
    const uploadId = (await reply(1)).value!.uploadId!;
    const part = 256 * 1024;
    for (let offset = 0, id = 2; offset < data.length; offset += part, id++) {
      ws.send(encodeBinaryFrame(id, 'uploads.append', { uploadId, offset, bytes: data.subarray(offset, offset + part) } as never));
      expect(await reply(id)).toEqual({ ok: true, value: { received: Math.min(data.length, offset + part) } });
    }
    expect(fs.readFileSync(path.join(temp.dataDir, 'uploads', `${uploadId}.part`)).equals(data)).toBe(true);
    ws.send(JSON.stringify({ id: 99, name: 'uploads.append', input: { uploadId, offset: data.length, bytes: 'AAAA' } }));
    expect((await reply(99)).error?.code).toBe('invalid_input');
    ws.close();
  });
});
