/**
 * A gateway that echoes the caller's key, whole, in its error messages (some do), with a key that
 * does not look like OpenAI's: nothing of it may reach a Result, the messages table, events or logs.
 * And a key typed into a base URL is refused, or moved to the vault when an older row holds one.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderView } from '../../../../shared/contract';
import { DB_FILE } from '../../data/location';
import { createTempCore, trusted, type TempCore } from '../../testing/temp-core';

const KEY = 'gsk_EchoedBackByTheGateway0123456789';
let gateway: http.Server;
let baseUrl: string;
let temp: TempCore | undefined;

beforeAll(async () => {
  gateway = http.createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    res.writeHead(401, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: { message: `Invalid API key ${auth.replace(/^Bearer /, '')} (sent as ${auth})`, type: 'invalid_request_error', code: 'invalid_api_key' } }));
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/v1`;
});
afterAll(() => gateway.close());
afterEach(() => temp?.dispose());

describe('a key the provider echoes back', () => {
  it('reaches no Result, message, event or log line', async () => {
    temp = await createTempCore({ ATELIER_TEST_FILE_LOG: '1' });
    const events: unknown[] = [];
    temp.core.subscribe((e) => events.push(e));
    const provider = await temp.call<ProviderView>('providers.create', { name: 'Gateway', kind: 'compatible', baseUrl, apiKey: KEY, models: ['model-a'] });
    const tested = await temp.core.handle('providers.test', { id: provider.id }, trusted);
    expect(tested).toMatchObject({ ok: false, error: { code: 'auth' } });
    const conv = await temp.call<{ id: string }>('chat.create', {});
    await temp.call('chat.send', { conversationId: conv.id, text: 'hello', model: { providerId: provider.id, model: 'model-a' } });
    await expect.poll(() => JSON.stringify(events).includes('"status":"error"'), { timeout: 10_000 }).toBe(true);
    const view = await temp.call('chat.open', { id: conv.id });
    const everything = [JSON.stringify(tested), JSON.stringify(events), JSON.stringify(view), temp.allBytes().toString('latin1')].join('\n');
    expect(everything).toContain('Invalid API key');
    for (const part of [KEY, KEY.slice(4, 20), KEY.slice(-12)]) expect(everything).not.toContain(part);
  });
});

describe('a key in a base URL', () => {
  it('is refused with a clear error when a provider is saved', async () => {
    temp = await createTempCore();
    const withKey = `http://user:${KEY}@127.0.0.1:9/v1`;
    const created = await temp.core.handle('providers.create', { name: 'Leaky', kind: 'compatible', baseUrl: withKey }, trusted);
    expect(created).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/API key field/) } });
    const ok = await temp.call<ProviderView>('providers.create', { name: 'Fine', kind: 'compatible', baseUrl });
    const updated = await temp.core.handle('providers.update', { id: ok.id, baseUrl: withKey }, trusted);
    expect(updated).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('is moved to the vault from a row saved before, and never listed', async () => {
    temp = await createTempCore();
    const dir = temp.dataDir;
    temp.core.stop();
    const db = new Database(path.join(dir, DB_FILE));
    db.prepare(
      `INSERT INTO providers (id, name, kind, base_url, models, models_source, models_updated_at, key_last4, key_backend, created_at)
       VALUES ('old', 'Old gateway', 'compatible', ?, '[]', 'none', NULL, NULL, NULL, '2026-01-01T00:00:00Z')`,
    ).run(`http://me:${KEY}@127.0.0.1:9/v1`);
    db.close();
    temp = await createTempCore({}, dir);
    const listed = await temp.call<ProviderView[]>('providers.list', {});
    const old = listed.find((p) => p.id === 'old')!;
    expect(old.baseUrl).toBe('http://127.0.0.1:9/v1');
    expect(old.key).toMatchObject({ configured: true, last4: KEY.slice(-4) });
    expect(JSON.stringify(listed)).not.toContain(KEY);
    expect(temp.allBytes().toString('latin1')).not.toContain(KEY.slice(4, 20));
  });
});
