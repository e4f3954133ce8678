import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { type Admission, Limiter } from './limits/limiter';
import { TEST_KEY, api, useSimulator } from './test-helpers';

const { sim, client } = useSimulator();
const ask = (c = client()) => c.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'ping' }] });
const apiError = (e: unknown) => e as InstanceType<typeof OpenAI.APIError>;

describe('auth', () => {
  it('401s a bad key with a masked key in the message and records only the last 4', async () => {
    const key = 'sk-wrong-but-very-secret-1234';
    sim().control.setKeys([TEST_KEY]);
    const err = await ask(client({ apiKey: key })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    const e = apiError(err);
    expect(e.code).toBe('invalid_api_key');
    expect(e.message).toContain('Incorrect API key provided: sk-wr***34.');
    expect(e.message).not.toContain(key);
    expect(sim().requests.at(-1)).toMatchObject({ status: 401, keyLast4: '1234' });
    expect(JSON.stringify(sim().requests)).not.toContain(key);
    await expect(ask()).resolves.toBeTruthy();
  });

  it('by default accepts any sk- key and refuses others', async () => {
    await expect(ask(client({ apiKey: 'sk-anything' }))).resolves.toBeTruthy();
    const res = await fetch(`${sim().baseUrl}/models`, { headers: { authorization: 'Bearer pk-nope' } });
    expect(res.status).toBe(401);
    const missing = await fetch(`${sim().baseUrl}/models`);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/You didn't provide an API key/);
  });
});

describe('rate limits', () => {
  it('sends OpenAI rate-limit headers on every response', async () => {
    sim().control.setLimits({ requestsPerMinute: 60, tokensPerMinute: 10_000 });
    const { response } = await client().chat.completions.create({ model: 'gpt-4o-mini', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    const h = response.headers;
    expect(h.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    expect(h.get('openai-version')).toBe('2020-10-01');
    expect(Number(h.get('openai-processing-ms'))).toBeGreaterThanOrEqual(0);
    expect(h.get('x-ratelimit-limit-requests')).toBe('60');
    expect(h.get('x-ratelimit-remaining-requests')).toBe('59');
    // Time passes between admission and the headers, so allow a few ms of refill.
    expect(h.get('x-ratelimit-reset-requests')).toMatch(/^(1s|9[5-9]\dms)$/);
    expect(h.get('x-ratelimit-limit-tokens')).toBe('10000');
    expect(Number(h.get('x-ratelimit-remaining-tokens'))).toBeGreaterThanOrEqual(9900);
    expect(Number(h.get('x-ratelimit-remaining-tokens'))).toBeLessThan(9910);
    expect(h.get('x-ratelimit-reset-tokens')).toMatch(/^(600|5[4-9]\d)ms$/);
  });

  it('429s past the burst with retry-after and retry-after-ms, then recovers', async () => {
    sim().control.setLimits({ requestsPerSecond: 2, burst: 3 });
    for (let i = 0; i < 3; i++) await ask();
    const err = await ask().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const e = apiError(err);
    expect(e.code).toBe('rate_limit_exceeded');
    expect(e.type).toBe('requests');
    expect(e.message).toMatch(/^429 Rate limit reached for gpt-4o-mini in organization org-sim on requests per sec \(RPS\): Limit 3, Used [23], Requested 1\. Please try again in \d+ms\./);
    const retryMs = Number(e.headers?.get('retry-after-ms'));
    expect(retryMs).toBeGreaterThan(0);
    expect(retryMs).toBeLessThanOrEqual(500);
    expect(e.headers?.get('retry-after')).toBe('1');
    await new Promise((r) => setTimeout(r, retryMs + 5));
    await expect(ask()).resolves.toBeTruthy();
    expect(sim().control.counters.rateLimited).toBe(1);
  });

  it('lets the SDK retry on its own using retry-after-ms', async () => {
    sim().control.setLimits({ requestsPerSecond: 2, burst: 2 }); // slow enough to 429 on a busy machine too
    const c = client({ maxRetries: 8 });
    const results = await Promise.all(Array.from({ length: 6 }, () => ask(c)));
    expect(results).toHaveLength(6);
    expect(sim().control.counters.rateLimited).toBeGreaterThan(0);
  });

  it('can omit retry-after headers', async () => {
    sim().control.setLimits({ requestsPerSecond: 1, burst: 1 });
    sim().control.setRetryAfterHeaders(false);
    await ask();
    const e = apiError(await ask().catch((x: unknown) => x));
    expect(e.status).toBe(429);
    expect(e.headers?.get('retry-after')).toBeNull();
    expect(e.headers?.get('retry-after-ms')).toBeNull();
  });

  it('charges max(max_tokens, input estimate) against the token bucket', async () => {
    sim().control.setLimits({ tokensPerMinute: 1000 });
    await client().chat.completions.create({ model: 'gpt-4o', max_tokens: 600, messages: [{ role: 'user', content: 'hi' }] });
    const e = apiError(
      await client()
        .chat.completions.create({ model: 'gpt-4o', max_tokens: 600, messages: [{ role: 'user', content: 'hi' }] })
        .catch((x: unknown) => x),
    );
    expect(e.status).toBe(429);
    expect(e.type).toBe('tokens');
    // The bucket refills ~17 tokens a second, so a busy machine may show a few tokens refilled between the calls.
    expect(e.message).toMatch(/tokens per min \(TPM\): Limit 1000, Used (59\d|600), Requested 600/);
    const huge = apiError(
      await client().chat.completions.create({ model: 'gpt-4o', max_tokens: 5000, messages: [{ role: 'user', content: 'hi' }] }).catch((x: unknown) => x),
    );
    expect(huge.message).toMatch(/^429 Request too large for gpt-4o/);
  });

  it('limits each key separately', async () => {
    sim().control.setLimits({ requestsPerMinute: 1 });
    await ask();
    await expect(ask(client({ apiKey: 'sk-another-key' }))).resolves.toBeTruthy();
    await expect(ask()).rejects.toBeInstanceOf(OpenAI.RateLimitError);
  });
});

describe('headers on errors', () => {
  it('carries x-request-id and rate-limit headers on 404s too', async () => {
    const res = await api(sim(), '/nope', { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    expect(res.headers.get('x-ratelimit-limit-requests')).toBe('10000');
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Invalid URL (POST /v1/nope)');
  });
});

describe('upstream limiters unlike a token bucket', () => {
  const deny = (l: Limiter, t: number) => l.admit('k', 1, t) as Extract<Admission, { ok: false }>;

  it('fixed window: starts with the first request and empties all at once', () => {
    const l = new Limiter({ window: { kind: 'fixed', requests: 3, ms: 10_000 } });
    for (const t of [1_000, 2_000, 3_000]) expect(l.admit('k', 1, t).ok).toBe(true);
    const d = deny(l, 9_000);
    expect(d).toMatchObject({ ok: false, unit: 'window', limit: 3, used: 3, waitMs: 2_000 });
    expect(l.headers('k', 9_000)).toMatchObject({ 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '2s' });
    for (const t of [11_000, 11_001, 11_002]) expect(l.admit('k', 1, t).ok).toBe(true);
    expect(l.admit('k', 1, 11_003).ok).toBe(false);
  });

  it('sliding window: each request counts for the window after it arrived', () => {
    const l = new Limiter({ window: { kind: 'sliding', requests: 2, ms: 10_000 } });
    expect(l.admit('k', 1, 0).ok).toBe(true);
    expect(l.admit('k', 1, 4_000).ok).toBe(true);
    expect(deny(l, 9_000).waitMs).toBe(1_000);
    expect(l.admit('k', 1, 10_000).ok).toBe(true); // the first one has left the window
    expect(deny(l, 10_001).waitMs).toBe(3_999);
    expect(l.headers('k', 10_001)['x-ratelimit-reset-requests']).toBe('9.999s');
  });

  it('counts refused requests when told to, so retrying on a schedule keeps the window full', () => {
    const counted = new Limiter({ window: { kind: 'sliding', requests: 2, ms: 10_000 }, countRefused: true });
    const free = new Limiter({ window: { kind: 'sliding', requests: 2, ms: 10_000 } });
    for (const l of [counted, free]) for (let t = 0; t < 10_000; t += 1_000) l.admit('k', 1, t); // a retry every second
    expect(counted.admit('k', 1, 10_500).ok).toBe(false); // the refusals from 1 s to 9 s still count
    expect(free.admit('k', 1, 10_500).ok).toBe(true);
  });

  it('counts refusals against a token bucket too', () => {
    const l = new Limiter({ requestsPerSecond: 1, burst: 1, countRefused: true });
    expect(l.admit('k', 1, 0).ok).toBe(true);
    expect(deny(l, 500).waitMs).toBe(500);
    expect(deny(l, 1_000).waitMs).toBe(1_000); // the refusal at 500 ms took the refill
  });

  it('reports resets in whole seconds, rounded up, when told to', () => {
    const l = new Limiter({ window: { kind: 'fixed', requests: 5, ms: 10_000 }, resetPrecision: 's' });
    l.admit('k', 1, 0);
    expect(l.headers('k', 50)['x-ratelimit-reset-requests']).toBe('10s');
    expect(l.headers('k', 9_001)['x-ratelimit-reset-requests']).toBe('1s');
  });

  it('refuses malformed limits', () => {
    expect(() => new Limiter({ window: { kind: 'rolling' as 'fixed', requests: 1, ms: 1 } })).toThrow(/limits.window/);
    expect(() => new Limiter({ retryAfter: 'later' as 'none' })).toThrow(/retryAfter/);
    expect(() => new Limiter({ countRefused: 'yes' as unknown as boolean })).toThrow(/countRefused/);
  });

  it('sends retry-after in seconds only, or nothing, over HTTP', async () => {
    sim().control.setLimits({ window: { kind: 'fixed', requests: 1, ms: 60_000 }, retryAfter: 'seconds' });
    await ask();
    const e = apiError(await ask().catch((x: unknown) => x));
    expect(e.status).toBe(429);
    expect(e.message).toContain('requests per 1m0s (fixed window): Limit 1, Used 1');
    expect(e.headers?.get('retry-after')).toMatch(/^(59|60)$/);
    expect(e.headers?.get('retry-after-ms')).toBeNull();
    sim().control.setLimits({ window: { kind: 'fixed', requests: 1, ms: 60_000 }, retryAfter: 'none' });
    await ask();
    const quiet = apiError(await ask().catch((x: unknown) => x));
    expect(quiet.headers?.get('retry-after')).toBeNull();
    expect(quiet.headers?.get('x-ratelimit-remaining-requests')).toBe('0');
  });
});
