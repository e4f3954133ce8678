import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../e2e/simulator/server';
import { createTempCore, trusted, type TempCore } from '../../testing/temp-core';

const KEY = 'sk-test-UNIQUEsecretValue-9f8e7d6c';
let sim: Simulator;
let temp: TempCore;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());
afterEach(() => temp?.dispose());

const call = (name: string, input: unknown) => temp.core.handle(name, input, trusted);
async function value<T = Record<string, unknown>>(name: string, input: unknown): Promise<T> {
  const r = await call(name, input);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

describe('providers', () => {
  it('stores a key encrypted, shows only its last four characters, and never writes it in plaintext', async () => {
    temp = await createTempCore({ ATELIER_TEST_FILE_LOG: '1' });
    const created = await value('providers.create', { name: 'Sim', kind: 'compatible', baseUrl: sim.baseUrl, apiKey: KEY });
    expect(created.key).toEqual({ configured: true, last4: KEY.slice(-4), backend: 'file' });
    const listed = await value<unknown[]>('providers.list', {});
    expect(JSON.stringify(listed)).not.toContain(KEY.slice(0, -4));
    await value('providers.refreshModels', { id: created.id });
    expect(temp.allBytes().includes(Buffer.from(KEY))).toBe(false);
    expect(temp.allBytes().includes(Buffer.from('UNIQUEsecretValue'))).toBe(false);
  });

  it('uses the stored key against the upstream and fills default models', async () => {
    temp = await createTempCore();
    const p = await value<{ id: string }>('providers.create', { name: 'Sim', kind: 'compatible', baseUrl: `${sim.baseUrl}/`, apiKey: KEY });
    const report = await value<{ latencyMs: number; modelCount: number }>('providers.test', { id: p.id });
    expect(report.modelCount).toBeGreaterThan(3);
    expect(report.latencyMs).toBeGreaterThanOrEqual(0);
    const refreshed = await value<{ models: string[]; modelsSource: string; baseUrl: string }>('providers.refreshModels', { id: p.id });
    expect(refreshed.baseUrl).toBe(sim.baseUrl);
    expect(refreshed.modelsSource).toBe('fetched');
    expect(refreshed.models).toContain('gpt-4o-transcribe');
    const settings = await value<{ defaults: Record<string, { model: string } | null> }>('settings.get', {});
    expect(settings.defaults['audio-offline']?.model).toBe('gpt-4o-transcribe');
    expect(settings.defaults['image-generation']?.model).toBe('gpt-image-2');
    expect(sim.requests.some((r) => r.path === '/v1/models')).toBe(true);
  });

  it('reports a rejected key as an auth error with a hint, without echoing the key', async () => {
    temp = await createTempCore();
    sim.control.injectFault({ kind: 'unauthorized', route: 'models' });
    const p = await value<{ id: string }>('providers.create', { name: 'Bad', kind: 'compatible', baseUrl: sim.baseUrl, apiKey: KEY });
    const r = await call('providers.test', { id: p.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'auth' } });
    expect(JSON.stringify(r)).not.toContain(KEY.slice(3, -4));
  });

  it('reports an unreachable base URL as offline', async () => {
    temp = await createTempCore();
    const p = await value<{ id: string }>('providers.create', { name: 'Dead', kind: 'compatible', baseUrl: 'http://127.0.0.1:9/v1' });
    expect(await call('providers.test', { id: p.id })).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('refuses duplicate names and bad URLs with field-level errors', async () => {
    temp = await createTempCore();
    await value('providers.create', { name: 'Gateway', kind: 'compatible', baseUrl: sim.baseUrl });
    expect(await call('providers.create', { name: 'gateway', kind: 'compatible', baseUrl: sim.baseUrl })).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { field: 'name' } },
    });
    expect(await call('providers.create', { name: 'X', kind: 'compatible', baseUrl: 'ftp://x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { field: 'baseUrl' } },
    });
  });

  it('edits models by hand, replaces and removes keys, and clears defaults on delete', async () => {
    temp = await createTempCore();
    const p = await value<{ id: string }>('providers.create', { name: 'Sim', kind: 'compatible', baseUrl: sim.baseUrl, apiKey: KEY });
    await value('providers.refreshModels', { id: p.id });
    const manual = await value<{ models: string[]; modelsSource: string }>('providers.update', { id: p.id, models: ['my-model', 'my-model', 'other'] });
    expect(manual).toMatchObject({ models: ['my-model', 'other'], modelsSource: 'manual' });
    const rekeyed = await value<{ key: { last4: string } }>('providers.update', { id: p.id, apiKey: 'sk-another-key-abcd' });
    expect(rekeyed.key.last4).toBe('abcd');
    const unkeyed = await value<{ key: { configured: boolean } }>('providers.update', { id: p.id, apiKey: null });
    expect(unkeyed.key.configured).toBe(false);
    await value('providers.remove', { id: p.id });
    expect(await value<unknown[]>('providers.list', {})).toEqual([]);
    const settings = await value<{ defaults: Record<string, unknown> }>('settings.get', {});
    expect(Object.values(settings.defaults).every((d) => d === null)).toBe(true);
  });

  it('offers OPENAI_API_KEY / OPENAI_BASE_URL as a read-only provider that is never stored', async () => {
    temp = await createTempCore({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: sim.baseUrl, ATELIER_SIMULATOR: '1' });
    const [env] = await value<Array<{ id: string; fromEnvironment: boolean; key: { last4: string; backend: string }; name: string }>>('providers.list', {});
    expect(env).toMatchObject({ id: 'env', fromEnvironment: true, key: { last4: KEY.slice(-4), backend: 'environment' }, name: 'Simulator (demo)' });
    await value('providers.refreshModels', { id: 'env' });
    expect(await call('providers.update', { id: 'env', name: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('providers.remove', { id: 'env' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(temp.allBytes().includes(Buffer.from(KEY))).toBe(false);
    expect(temp.allBytes().includes(Buffer.from(sim.baseUrl))).toBe(false);
  });
});
