import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelLimiter, type Reservation } from './limiter';
import { SendWindow } from './send-window';
import { parseResetDuration } from './token-bucket';

afterEach(() => vi.useRealTimers());

const limits = (limit: number, remaining: number, reset: string) =>
  new Headers({ 'x-ratelimit-limit-requests': String(limit), 'x-ratelimit-remaining-requests': String(remaining), 'x-ratelimit-reset-requests': reset });
const blind = { baseMs: 100, maxMs: 1_000 };

/** Starts `n` acquisitions and counts how many have been granted so far. */
function queueUp(limiter: ModelLimiter, n: number) {
  const granted: Reservation[] = [];
  for (let i = 0; i < n; i++) void limiter.acquire(1, 'interactive').then((r) => granted.push(r));
  return granted;
}

describe('reset durations', () => {
  it('parses OpenAI formats and bare seconds', () => {
    expect(parseResetDuration('1s')).toBe(1000);
    expect(parseResetDuration('6m0s')).toBe(360_000);
    expect(parseResetDuration('120ms')).toBe(120);
    expect(parseResetDuration('17.5s')).toBe(17_500);
    expect(parseResetDuration('1h2m3s')).toBe(3_723_000);
    expect(parseResetDuration('7')).toBe(7_000);
    expect(parseResetDuration('soon')).toBeNull();
  });
});

describe('send window', () => {
  it('holds each answered request until the reset its answer gave', () => {
    const w = new SendWindow();
    const sent = [0, 1, 2].map(() => w.add(1, 0));
    sent.forEach((e, i) => w.observe(e, 3, 2 - i, 10_000 - i, 100)); // a sliding window: older ones leave first
    expect(w.waitFor(1, 100)).toBe(9_998);
    expect(w.waitFor(3, 10_099)).toBe(1);
    expect(w.waitFor(3, 10_100)).toBe(0);
  });

  it('forgets what the server no longer counts, and counts what it did not know we sent', () => {
    const w = new SendWindow();
    const old = [w.add(1, 0), w.add(1, 0)];
    old.forEach((e, i) => w.observe(e, 10, 9 - i, 4_950, 50)); // a fixed window ending at 5 s
    const next = w.add(1, 5_000);
    w.observe(next, 10, 9, 10_000, 5_050); // the window rolled over: only `next` counts now
    expect(w.used(5_050)).toBe(1);
    const mine = w.add(1, 6_000);
    w.observe(mine, 10, 2, 9_000, 6_050); // someone else on the same key used 6
    expect(w.used(6_050)).toBe(8);
    expect(w.used(15_051)).toBe(0);
  });

  it('keeps a request on its way counted until its answer, however late, and never counts it twice', () => {
    const w = new SendWindow();
    const first = w.add(1, 0);
    const later = w.add(1, 10);
    w.observe(first, 2, 0, 3_000, 50); // the server may or may not have counted `later` already
    expect(w.used(3_049)).toBe(2); // not 3: `later` is one of the two it counts, or one more
    expect(w.used(3_051)).toBe(1);
    expect(w.used(600_000)).toBe(1); // no guess at when an answer is due lets it go early
    expect(w.windowMs).toBe(3_000);
    w.settled(later, 600_000); // ended without headers: it counts for the longest reset seen
    expect(later.expiresAt).toBe(603_000);
  });

  it('fills the window to the limit when answers to a burst count requests still on their way', () => {
    const w = new SendWindow();
    const probes = [0, 1, 2, 3].map(() => w.add(1, 0));
    // The server counted all four before it answered the first.
    w.observe(probes[0]!, 30, 26, 10_000, 60);
    let sent = 0;
    while (w.waitFor(1, 61) === 0) {
      w.add(1, 61);
      sent++;
    }
    expect(sent).toBe(26);
  });
});

describe('model limiter', () => {
  it('serves interactive requests before queued batch work', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    limiter.setManual({ requestsPerMinute: 60 });
    for (let i = 0; i < 60; i++) (await limiter.acquire(1, 'batch')).settle(1);
    const order: string[] = [];
    const batch = limiter.acquire(1, 'batch').then(() => order.push('batch'));
    const interactive = limiter.acquire(1, 'interactive').then(() => order.push('interactive'));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(order).toEqual([]); // a manual cap is a minute's worth, per minute
    await vi.advanceTimersByTimeAsync(1_100);
    await Promise.all([batch, interactive]);
    expect(order).toEqual(['interactive', 'batch']);
  });

  it('learns the limit and its reset from headers and sends nothing early', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    const first = await limiter.acquire(1, 'interactive');
    first.observe(limits(10, 0, '1s'));
    first.settle(1);
    const granted = queueUp(limiter, 5);
    await vi.advanceTimersByTimeAsync(999);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(granted).toHaveLength(5);
  });

  it('grants on the spot only when nobody waits and there is room (tryAcquire), never ahead of a waiter', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    const first = limiter.tryAcquire(1);
    expect(first).not.toBeNull();
    first!.observe(limits(2, 0, '1s'));
    first!.settle(1);
    expect(limiter.tryAcquire(1)).toBeNull(); // the window is shut until the reset
    const waiting = queueUp(limiter, 1);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(waiting).toHaveLength(1);
    const queued = queueUp(limiter, 3); // room for one: two wait in the queue
    await vi.advanceTimersByTimeAsync(0);
    expect(queued).toHaveLength(1);
    expect(limiter.tryAcquire(1)).toBeNull(); // others wait: no jumping the queue
  });

  it('never has more in flight than the limit allows', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    const probe = await limiter.acquire(1, 'interactive');
    probe.observe(limits(3, 2, '10s'));
    probe.settle(1);
    const granted = queueUp(limiter, 10);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(granted).toHaveLength(2);
  });

  it('pauses the whole model after a 429 until retry-after passes', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    const r = await limiter.acquire(1, 'interactive');
    const granted = queueUp(limiter, 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(3); // probing: the limit is unknown
    for (const g of granted) g.settle(1);
    r.refused(500, blind);
    const later = queueUp(limiter, 2);
    await vi.advanceTimersByTimeAsync(499);
    expect(later).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(later).toHaveLength(2);
  });

  it('keeps a refused request counted and holds the window shut for its reset', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    const a = await limiter.acquire(1, 'interactive');
    a.observe(limits(2, 1, '10s'));
    a.settle(1);
    const b = await limiter.acquire(1, 'interactive');
    b.observe(limits(2, 0, '10s'));
    b.refused(null, blind); // no retry-after: the reset header decides
    const granted = queueUp(limiter, 1);
    await vi.advanceTimersByTimeAsync(9_990);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(granted).toHaveLength(1);
  });

  it('without any hint, backs off once per round of 429s, doubling, not once per refused request', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    const round = await Promise.all([0, 1, 2, 3].map(() => limiter.acquire(1, 'interactive')));
    for (const r of round) r.refused(null, blind); // four answers from one round: one strike
    let granted = queueUp(limiter, 1);
    await vi.advanceTimersByTimeAsync(99);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(granted).toHaveLength(1);
    granted[0]!.refused(null, blind); // a second round: twice as long
    granted = queueUp(limiter, 1);
    await vi.advanceTimersByTimeAsync(199);
    expect(granted).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(granted).toHaveLength(1);
  });

  it('puts a refused request back at the front of its class', async () => {
    vi.useFakeTimers();
    const limiter = new ModelLimiter(() => Date.now());
    const r = await limiter.acquire(1, 'interactive');
    r.observe(limits(1, 0, '1s'));
    r.refused(null, blind);
    const order: string[] = [];
    void limiter.acquire(1, 'interactive').then((x) => (order.push('waiting'), x.settle(1)));
    void limiter.acquire(1, 'interactive', undefined, true).then((x) => (order.push('retry'), x.settle(1)));
    await vi.advanceTimersByTimeAsync(1_100);
    expect(order[0]).toBe('retry');
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

  it('grants a request at once when nobody waits and there is room, and never past a waiting one', async () => {
    const limiter = new ModelLimiter();
    const signal = new AbortController().signal;
    const listen = vi.spyOn(signal, 'addEventListener');
    const held = [await limiter.acquire(1, 'batch', signal)];
    expect(listen).not.toHaveBeenCalled(); // granted on the spot: no abort listener to undo
    for (let i = 0; i < 3; i++) held.push(await limiter.acquire(1, 'interactive'));
    // Four probes are out: the next one waits, and one after it queues behind it rather than going first.
    const order: string[] = [];
    void limiter.acquire(1, 'batch').then(() => order.push('first'));
    void limiter.acquire(1, 'batch').then(() => order.push('second'));
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual([]);
    held[0]!.settle(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['first']);
    held[1]!.settle(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['first', 'second']);
  });

  it('refunds unused token reservations, forgets requests that never got an answer, and rejects cancelled waiters', async () => {
    const limiter = new ModelLimiter();
    limiter.setManual({ requestsPerMinute: 1000, tokensPerMinute: 1000 });
    const r = await limiter.acquire(800, 'interactive');
    r.settle(100);
    expect(limiter.tokens.used(performance.now())).toBe(100);
    const counted = await limiter.acquire(800, 'interactive');
    counted.observe(new Headers({ 'x-ratelimit-limit-tokens': '2000', 'x-ratelimit-remaining-tokens': '1100', 'x-ratelimit-reset-tokens': '1m' }));
    counted.settle(100);
    expect(limiter.tokens.used(performance.now())).toBe(900); // what the server said it counted holds until its reset
    const offline = await limiter.acquire(1, 'interactive');
    offline.release();
    expect(limiter.requests.used(performance.now())).toBe(2);
    const controller = new AbortController();
    const waiting = limiter.acquire(5000, 'interactive', controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
    expect(limiter.queued).toBe(0);
  });
});

describe('send window against an upstream that counts refusals', () => {
  it('reads remaining 0 as "at least the limit", never as room', () => {
    const w = new SendWindow();
    const sent = [0, 1, 2].map(() => w.add(1, 0));
    sent.forEach((e) => w.observe(e, 2, 0, 10_000, 50)); // the third was refused, and counted
    expect(w.used(60)).toBe(3);
    expect(w.waitFor(1, 60)).toBe(9_990);
  });
});

describe('send window against a token bucket', () => {
  it('gives each request its token back when its own answer says the bucket would be full', () => {
    const w = new SendWindow();
    const burst = [0, 1, 2, 3].map(() => w.add(1, 0));
    burst.forEach((e, i) => w.observe(e, 4, 3 - i, (i + 1) * 333, 10)); // 3 per second: the k-th is back after k/3 s
    expect(w.used(350)).toBe(3);
    expect(w.used(700)).toBe(2);
    expect(w.waitFor(3, 700)).toBe(309);
  });
});
