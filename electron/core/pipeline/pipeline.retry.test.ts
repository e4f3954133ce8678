import { describe, expect, it, vi } from 'vitest';
import type { Simulator } from '../../../e2e/simulator/server';
import { AppFailure } from '../../../shared/errors';
import { ask, createTestPipeline } from '../testing/test-pipeline';
import { simulatorPerFile } from '../testing/simulator-per-file';

let sim: Simulator;
let t: ReturnType<typeof createTestPipeline>;
simulatorPerFile((s) => (sim = s), () => t);

const fast = { backoffBaseMs: 5, backoffMaxMs: 20 };
const base = { scene: 'test_scene', modality: 'text' as const, providerId: 'sim', model: 'gpt-5-mini' };
const chatCalls = () => sim.requests.filter((r) => r.path === '/v1/chat/completions').length;

async function failure(p: Promise<unknown>): Promise<AppFailure> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

describe('pipeline: retries, fallback and failures', () => {
  it('answers and bills one attempt with the reported usage', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    const r = await t.pipeline.run(t.chat, { ...base, input: ask('Hello there') });
    expect(r.output.text).toContain('Simulated reply to: Hello there');
    expect(r.costMicros).toBeGreaterThan(0);
    expect(t.rows(r.requestId)).toMatchObject([{ attempt: 1, outcome: 'ok', billing: 'reported', costMicros: r.costMicros, fallback: false }]);
  });

  it('rides out a 429 storm with retry-after, without spending retries, and bills only the answer', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'rate_limit', count: 5, retryAfterMs: 30, route: 'chat' });
    const r = await t.pipeline.run(t.chat, { ...base, input: ask('storm'), policy: fast });
    const rows = t.rows(r.requestId);
    expect(rows.map((x) => x.outcome)).toEqual(['rate_limited', 'rate_limited', 'rate_limited', 'rate_limited', 'rate_limited', 'ok']);
    expect(rows.filter((x) => x.costMicros > 0)).toHaveLength(1);
    expect(chatCalls()).toBe(6); // the SDK's own retries are off: every attempt is ours and in the ledger
  });

  it('backs off on its own when a 429 carries no retry-after', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'rate_limit', count: 3, omitRetryAfter: true, route: 'chat' });
    const r = await t.pipeline.run(t.chat, { ...base, input: ask('storm without headers'), policy: fast });
    expect(t.rows(r.requestId).map((x) => x.outcome)).toEqual(['rate_limited', 'rate_limited', 'rate_limited', 'ok']);
  });

  it('gives up on rate limits after the policy\'s wait budget', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'rate_limit', count: -1, retryAfterMs: 40, route: 'chat' });
    const f = await failure(t.pipeline.run(t.chat, { ...base, input: ask('endless storm'), policy: { ...fast, rateLimitWaitMs: 100, fallbackModel: null } }));
    expect(f.code).toBe('rate_limited');
    // The message is the provider's own words; the reason lets the renderer say what it means in Chinese.
    expect(f.details).toMatchObject({ reason: 'provider', status: 429 });
  });

  it('retries a run of 5xx answers and succeeds within the retry budget', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'status', status: 503, count: 2, route: 'chat' });
    const r = await t.pipeline.run(t.chat, { ...base, input: ask('flaky'), policy: fast });
    expect(r.attempts).toBe(3);
    expect(r.fallbackUsed).toBe(false);
    expect(t.rows(r.requestId).map((x) => x.outcome)).toEqual(['upstream', 'upstream', 'ok']);
  });

  it('falls back to the cheaper model when the primary exhausts its attempts, and says so', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'status', status: 500, count: -1, route: 'chat', model: 'gpt-5-mini' });
    const r = await t.pipeline.run(t.chat, { ...base, input: ask('primary is down'), policy: fast });
    expect(r.fallbackUsed).toBe(true);
    expect(r.model).toBe('gpt-5-nano');
    const rows = t.rows(r.requestId);
    expect(rows.map((x) => [x.model, x.outcome, x.fallback])).toEqual([
      ['gpt-5-mini', 'upstream', false],
      ['gpt-5-mini', 'upstream', false],
      ['gpt-5-mini', 'upstream', false],
      ['gpt-5-nano', 'ok', true],
    ]);
  });

  it('reports a fallback model that no longer exists instead of skipping it', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'status', status: 500, count: -1, route: 'chat', model: 'gpt-5-mini' });
    const f = await failure(t.pipeline.run(t.chat, { ...base, input: ask('dead fallback'), policy: { ...fast, fallbackModel: 'gpt-retired-2019' } }));
    expect(f.code).toBe('model_not_found');
    expect(f.message).toContain('gpt-retired-2019');
  });

  it('does not retry insufficient_quota', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'insufficient_quota', route: 'chat', count: -1 });
    const f = await failure(t.pipeline.run(t.chat, { ...base, input: ask('no money'), policy: fast }));
    expect(f.code).toBe('quota');
    expect(chatCalls()).toBe(1);
    expect(t.rows()).toHaveLength(1);
  });

  it('times out a hung request, retries, and counts both attempts', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'hang', route: 'chat', count: 1 });
    const r = await t.pipeline.run(t.chat, { ...base, input: ask('hang once'), policy: { ...fast, timeoutMs: 1000 } });
    expect(t.rows(r.requestId).map((x) => x.outcome)).toEqual(['timeout', 'ok']);
  });

  it('cancels an in-flight request and the retries it had queued', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'status', status: 500, route: 'chat', count: 1 });
    sim.control.injectFault({ kind: 'hang', route: 'chat', count: 1 });
    const running = t.pipeline.run(t.chat, { ...base, requestId: 'req-cancel', input: ask('cancel me'), policy: { backoffBaseMs: 60_000, backoffMaxMs: 60_000, fallbackModel: null } });
    await expect.poll(() => t.rows('req-cancel').length).toBe(1); // the 500, now waiting a minute to retry
    expect(t.pipeline.cancel('req-cancel')).toBe(true);
    const f = await failure(running);
    expect(f.code).toBe('cancelled');
    expect(chatCalls()).toBe(1);
  });

  it("follows the caller's own signal: aborting it cancels the request, and the pipeline stops listening when it ends", async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'hang', route: 'chat', count: 1 });
    const caller = new AbortController();
    const letGo = vi.spyOn(caller.signal, 'removeEventListener');
    const running = t.pipeline.run(t.chat, { ...base, requestId: 'req-outer', input: ask('stop me'), signal: caller.signal, policy: { ...fast, fallbackModel: null } });
    await expect.poll(() => chatCalls()).toBe(1);
    caller.abort();
    expect((await failure(running)).code).toBe('cancelled');
    expect(chatCalls()).toBe(1);
    expect(letGo).toHaveBeenCalledWith('abort', expect.any(Function));
    const aborted = new AbortController();
    aborted.abort();
    expect((await failure(t.pipeline.run(t.chat, { ...base, input: ask('never sent'), signal: aborted.signal, policy: fast }))).code).toBe('cancelled');
    expect(chatCalls()).toBe(1);
    const done = new AbortController();
    const released = vi.spyOn(done.signal, 'removeEventListener');
    await t.pipeline.run(t.chat, { ...base, input: ask('answered'), signal: done.signal });
    expect(released).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it('never retries a stream that broke after part of the answer was shown, and bills the part', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    sim.control.injectFault({ kind: 'cut_stream', afterChunks: 3, route: 'chat' });
    const deltas: string[] = [];
    const f = await failure(t.pipeline.run(t.chat, { ...base, requestId: 'req-cut', input: ask('stream then die', { stream: true }), onDelta: (d) => deltas.push(d), policy: fast }));
    expect(deltas.length).toBeGreaterThan(0);
    expect(f.details).toMatchObject({ partial: true });
    expect(chatCalls()).toBe(1);
    expect(t.rows('req-cut')).toMatchObject([{ billing: 'estimated', outcome: 'offline' }]);
    expect(t.rows('req-cut')[0]!.costMicros).toBeGreaterThan(0);
  });

  it('counts every send against a caller\'s send budget, gives back 429s and lost connections, and stops when it runs out', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    let left = 3;
    const taken: string[] = [];
    const sendBudget = {
      take: () => {
        if (left === 0) throw new AppFailure('upstream', 'out of sends', { final: true });
        left--;
        taken.push('take');
      },
      giveBack: () => (left++, taken.push('back')),
    };
    sim.control.injectFault({ kind: 'rate_limit', count: 2, retryAfterMs: 5, route: 'chat' });
    sim.control.injectFault({ kind: 'reset', count: 1, route: 'chat' });
    await t.pipeline.run(t.chat, { ...base, input: ask('budgeted'), policy: { ...fast, fallbackModel: null }, sendBudget });
    expect(taken).toEqual(['take', 'back', 'take', 'back', 'take', 'back', 'take']);
    expect(left).toBe(2);
    sim.control.injectFault({ kind: 'status', status: 500, count: -1, route: 'chat' });
    const before = chatCalls();
    const f = await failure(t.pipeline.run(t.chat, { ...base, input: ask('budget runs out'), policy: { ...fast, retries: 5, fallbackModel: null }, sendBudget }));
    expect(f.message).toBe('out of sends');
    expect(chatCalls() - before).toBe(2); // two sends were left: nothing more went out
  });
});
