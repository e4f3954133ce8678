import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
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
    expect(e.message).toMatch(/^429 Rate limit reached for gpt-4o-mini in organization org-sim on requests per sec \(RPS\): Limit 3, Used 3, Requested 1\. Please try again in \d+ms\./);
    const retryMs = Number(e.headers?.get('retry-after-ms'));
    expect(retryMs).toBeGreaterThan(0);
    expect(retryMs).toBeLessThanOrEqual(500);
    expect(e.headers?.get('retry-after')).toBe('1');
    await new Promise((r) => setTimeout(r, retryMs + 5));
    await expect(ask()).resolves.toBeTruthy();
    expect(sim().control.counters.rateLimited).toBe(1);
  });

  it('lets the SDK retry on its own using retry-after-ms', async () => {
    sim().control.setLimits({ requestsPerSecond: 20, burst: 2 });
    const c = client({ maxRetries: 5 });
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
