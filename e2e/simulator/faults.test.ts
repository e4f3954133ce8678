import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { TEST_KEY, useSimulator } from './test-helpers';
import type { SimulatorState } from './types';

const { sim, client } = useSimulator();
const messages = [{ role: 'user' as const, content: 'hello fault' }];
const ask = (c = client(), model = 'gpt-4o-mini') => c.chat.completions.create({ model, messages });
const apiError = (e: unknown) => e as InstanceType<typeof OpenAI.APIError>;

describe('fault injection', () => {
  it('status faults answer with OpenAI error bodies, count times, then stop', async () => {
    sim().control.injectFault({ kind: 'status', status: 503, count: 2 });
    for (let i = 0; i < 2; i++) {
      const e = apiError(await ask().catch((x: unknown) => x));
      expect(e).toBeInstanceOf(OpenAI.InternalServerError);
      expect(e.status).toBe(503);
      expect(e.type).toBe('server_error');
    }
    await expect(ask()).resolves.toBeTruthy();
    expect(sim().control.counters.faultsFired).toBe(2);
    expect(sim().requests.map((r) => r.fault ?? null)).toEqual(['status', 'status', null]);
  });

  it('filters by route and model', async () => {
    sim().control.injectFault({ kind: 'status', status: 500, model: 'gpt-4o' });
    sim().control.injectFault({ kind: 'status', status: 502, route: 'moderations' });
    await expect(ask()).resolves.toBeTruthy();
    await expect(client().models.list()).resolves.toBeTruthy();
    expect(apiError(await ask(client(), 'gpt-4o').catch((x: unknown) => x)).status).toBe(500);
    expect(apiError(await client().moderations.create({ input: 'x' }).catch((x: unknown) => x)).status).toBe(502);
  });

  it('unauthorized, insufficient_quota (no retry-after) and rate_limit storms', async () => {
    const c = sim().control;
    c.injectFault({ kind: 'unauthorized' });
    c.injectFault({ kind: 'insufficient_quota' });
    c.injectFault({ kind: 'rate_limit', retryAfterMs: 2500 });
    c.injectFault({ kind: 'rate_limit', omitRetryAfter: true });
    expect(await ask().catch((x: unknown) => x)).toBeInstanceOf(OpenAI.AuthenticationError);
    const quota = apiError(await ask().catch((x: unknown) => x));
    expect(quota.status).toBe(429);
    expect(quota).toMatchObject({ code: 'insufficient_quota', type: 'insufficient_quota' });
    expect(quota.message).toContain('You exceeded your current quota, please check your plan and billing details');
    expect(quota.headers?.get('retry-after')).toBeNull();
    const storm = apiError(await ask().catch((x: unknown) => x));
    expect(storm.code).toBe('rate_limit_exceeded');
    expect(storm.headers?.get('retry-after-ms')).toBe('2500');
    expect(storm.headers?.get('retry-after')).toBe('3');
    const bare = apiError(await ask().catch((x: unknown) => x));
    expect(bare.status).toBe(429);
    expect(bare.headers?.get('retry-after')).toBeNull();
  });

  it('slow adds latency', async () => {
    sim().control.injectFault({ kind: 'slow', ms: 150 });
    const t0 = Date.now();
    await ask();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('hang never answers until the client aborts', async () => {
    sim().control.injectFault({ kind: 'hang' });
    const ac = new AbortController();
    const pending = client().chat.completions.create({ model: 'gpt-4o-mini', messages }, { signal: ac.signal });
    await new Promise((r) => setTimeout(r, 100));
    expect(sim().control.counters.inFlight).toBe(1);
    ac.abort();
    await expect(pending).rejects.toBeInstanceOf(OpenAI.APIUserAbortError);
    await new Promise((r) => setTimeout(r, 20));
    expect(sim().control.counters.inFlight).toBe(0);
    expect(sim().requests.at(-1)?.status).toBe(0);
  });

  it('cut_stream breaks the SDK stream iterator after N chunks', async () => {
    sim().control.injectFault({ kind: 'cut_stream', afterChunks: 3 });
    await expect(ask()).resolves.toBeTruthy(); // not streamed: the fault waits for a stream
    const stream = await client().chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    let seen = 0;
    const consume = async () => {
      for await (const _ of stream) seen += 1;
    };
    await expect(consume()).rejects.toThrow();
    expect(seen).toBe(3);
  });

  it('reset drops the connection; malformed sends broken JSON with 200', async () => {
    sim().control.injectFault({ kind: 'reset' });
    expect(await ask().catch((x: unknown) => x)).toBeInstanceOf(OpenAI.APIConnectionError);
    sim().control.injectFault({ kind: 'malformed' });
    const err = await ask().catch((x: unknown) => x);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(OpenAI.APIError);
  });

  it('rejects fault specs that could never fire', () => {
    expect(() => sim().control.injectFault({ kind: 'nope' } as never)).toThrow(/unknown fault kind/);
    expect(() => sim().control.injectFault({ kind: 'hang', route: 'chats' })).toThrow(/unknown fault route/);
  });
});

describe('HTTP control', () => {
  it('sets limits, latency and faults, and reports state', async () => {
    const post = async (body: unknown) => {
      const res = await fetch(`${sim().baseUrl.replace(/\/v1$/, '')}/__sim/control`, { method: 'POST', body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as SimulatorState & { error?: { message: string } } };
    };
    const ok = await post({ limits: { requestsPerSecond: 5, burst: 5 }, latencyMs: 5, faults: [{ kind: 'status', status: 500, count: -1, route: 'chat' }] });
    expect(ok.status).toBe(200);
    expect(ok.body.settings.limits).toEqual({ requestsPerSecond: 5, burst: 5 });
    expect(ok.body.faults[0]?.remaining).toBe(-1);
    for (let i = 0; i < 3; i++) expect(apiError(await ask().catch((x: unknown) => x)).status).toBe(500);
    expect((await post({ clearFaults: true })).body.faults).toEqual([]);
    await ask();
    const state = (await (await fetch(`${sim().baseUrl.replace(/\/v1$/, '')}/__sim/state`)).json()) as SimulatorState;
    expect(state.counters.total).toBe(4);
    expect(state.counters.byStatus).toEqual({ '200': 1, '500': 3 });
    expect(state.recentRequests.at(-1)).toMatchObject({ path: '/v1/chat/completions', model: 'gpt-4o-mini', status: 200, keyLast4: TEST_KEY.slice(-4) });
    const bad = await post({ limit: {} });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/unknown control field/);
    expect((await post({ reset: true })).body.counters.total).toBe(0);
  });
});

describe('close()', () => {
  it('ends hung requests and keep-alive sockets promptly', async () => {
    const own = await startSimulator();
    const c = new OpenAI({ baseURL: own.baseUrl, apiKey: TEST_KEY, maxRetries: 0 });
    await c.models.list(); // leaves a keep-alive socket
    own.control.injectFault({ kind: 'hang', count: 3 });
    own.control.setLatency(60_000, 'moderations');
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    const hung = [c.models.list(), ask(c), ask(c), c.moderations.create({ input: 'slow' })].map((p) => p.then(() => 'answered', () => 'failed'));
    await new Promise((r) => setTimeout(r, 50));
    expect(timers()).toBeGreaterThan(before);
    const t0 = Date.now();
    await own.close();
    expect(Date.now() - t0).toBeLessThan(500);
    expect(await Promise.all(hung)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(timers()).toBeLessThanOrEqual(before);
  });
});
