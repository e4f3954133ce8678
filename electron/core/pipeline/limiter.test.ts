import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelLimiter } from './limiter';
import { parseResetDuration, TokenBucket } from './token-bucket';

afterEach(() => vi.useRealTimers());

const headers = (h: Record<string, string>) => new Headers(h);

describe('reset durations', () => {
  it('parses OpenAI formats', () => {
    expect(parseResetDuration('1s')).toBe(1000);
    expect(parseResetDuration('6m0s')).toBe(360_000);
    expect(parseResetDuration('120ms')).toBe(120);
    expect(parseResetDuration('17.5s')).toBe(17_500);
    expect(parseResetDuration('1h2m3s')).toBe(3_723_000);
    expect(parseResetDuration('soon')).toBeNull();
  });
});

describe('token bucket', () => {
  it('refills continuously up to capacity', () => {
    const b = new TokenBucket(10, 0.01, 0); // 10 per second
    b.take(10, 0);
    expect(b.waitFor(1, 0)).toBe(100);
    expect(b.available(500)).toBeCloseTo(5);
    expect(b.available(5_000)).toBe(10);
  });
});

describe('model limiter', () => {
  it('serves interactive requests before queued batch work', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    limiter.setManual({ requestsPerMinute: 60 }); // one per second after the first 60
    for (let i = 0; i < 60; i++) (await limiter.acquire(1, 'batch')).settle(1);
    const order: string[] = [];
    const batch = limiter.acquire(1, 'batch').then(() => order.push('batch'));
    const interactive = limiter.acquire(1, 'interactive').then(() => order.push('interactive'));
    await vi.advanceTimersByTimeAsync(2_100);
    await Promise.all([batch, interactive]);
    expect(order).toEqual(['interactive', 'batch']);
  });

  it('learns its rate from x-ratelimit headers and paces to it', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    const first = await limiter.acquire(1, 'interactive');
    limiter.learn(headers({ 'x-ratelimit-limit-requests': '10', 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '1s' }));
    first.settle(1);
    let granted = 0;
    for (let i = 0; i < 5; i++) void limiter.acquire(1, 'interactive').then(() => granted++);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toBe(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(granted).toBe(2); // 10 per second = one every 100 ms
    await vi.advanceTimersByTimeAsync(300);
    expect(granted).toBe(5);
  });

  it('holds everything back until retry-after passes after a 429', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    (await limiter.acquire(1, 'interactive')).settle(0);
    limiter.backOff(500);
    let granted = false;
    void limiter.acquire(1, 'interactive').then(() => (granted = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(granted).toBe(true);
  });

  it('probes an unknown limit with a few requests at a time', async () => {
    const limiter = new ModelLimiter();
    const held = await Promise.all([0, 1, 2, 3].map(() => limiter.acquire(1, 'interactive')));
    let fifth = false;
    void limiter.acquire(1, 'interactive').then(() => (fifth = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(fifth).toBe(false);
    held[0]!.settle(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(fifth).toBe(true);
  });

  it('refunds unused token reservations and rejects cancelled waiters', async () => {
    const limiter = new ModelLimiter();
    limiter.setManual({ requestsPerMinute: 1000, tokensPerMinute: 1000 });
    const r = await limiter.acquire(800, 'interactive');
    r.settle(100);
    expect(limiter.tokens.available(performance.now())).toBeGreaterThanOrEqual(899);
    const controller = new AbortController();
    const waiting = limiter.acquire(5000, 'interactive', controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
    expect(limiter.queued).toBe(0);
  });
});
