import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../../e2e/simulator/server';
import { AppFailure } from '../../../shared/errors';
import { ask, createTestPipeline, TEST_KEY } from '../testing/test-pipeline';
import { simulatorPerFile } from '../testing/simulator-per-file';

let sim: Simulator;
let t: ReturnType<typeof createTestPipeline>;
simulatorPerFile((s) => (sim = s), () => t);

const base = { scene: 'support', modality: 'text' as const, providerId: 'sim', model: 'gpt-5-mini' };
const chatCalls = () => sim.requests.filter((r) => r.path === '/v1/chat/completions').length;
const rejection = async (p: Promise<unknown>) => (await p.then(() => null, (e: unknown) => e)) as AppFailure;

describe('pipeline: cache', () => {
  it('answers a repeated request from the cache, marks it, and records what it saved', async () => {
    t = createTestPipeline(sim);
    const first = await t.pipeline.run(t.chat, { ...base, input: ask('What is our refund policy?') });
    const second = await t.pipeline.run(t.chat, { ...base, input: ask('What is our refund policy?') });
    expect(second).toMatchObject({ cached: true, costMicros: 0, savedMicros: first.costMicros });
    expect(second.output.text).toBe(first.output.text);
    expect(chatCalls()).toBe(1);
    expect(t.rows(second.requestId)).toMatchObject([{ cached: true, costMicros: 0, savedMicros: first.costMicros, billing: 'none' }]);
  });

  it('replays a cached streamed answer as a stream', async () => {
    t = createTestPipeline(sim);
    const live: string[] = [];
    const replay: string[] = [];
    await t.pipeline.run(t.chat, { ...base, input: ask('stream me', { stream: true }), onDelta: (d) => live.push(d) });
    const again = await t.pipeline.run(t.chat, { ...base, input: ask('stream me', { stream: true }), onDelta: (d) => replay.push(d) });
    expect(again.cached).toBe(true);
    expect(replay.length).toBeGreaterThan(1);
    expect(replay.join('')).toBe(live.join(''));
  });

  it('keys on content: different text, model, or parameters miss', async () => {
    t = createTestPipeline(sim);
    await t.pipeline.run(t.chat, { ...base, input: ask('one') });
    expect((await t.pipeline.run(t.chat, { ...base, input: ask('two') })).cached).toBe(false);
    expect((await t.pipeline.run(t.chat, { ...base, model: 'gpt-5-nano', input: ask('one') })).cached).toBe(false);
    expect((await t.pipeline.run(t.chat, { ...base, input: ask('one', { temperature: 1 }) })).cached).toBe(false);
    expect((await t.pipeline.run(t.chat, { ...base, input: ask('one') })).cached).toBe(true);
  });

  it('honours a scene turning the cache off, and expiry by TTL', async () => {
    t = createTestPipeline(sim, { scenes: { live: { cache: { enabled: false, ttlMs: 0 } }, brief: { cache: { enabled: true, ttlMs: 1 } } } });
    await t.pipeline.run(t.chat, { ...base, scene: 'live', input: ask('x') });
    expect((await t.pipeline.run(t.chat, { ...base, scene: 'live', input: ask('x') })).cached).toBe(false);
    await t.pipeline.run(t.chat, { ...base, scene: 'brief', input: ask('y') });
    await new Promise((r) => setTimeout(r, 5));
    expect((await t.pipeline.run(t.chat, { ...base, scene: 'brief', input: ask('y') })).cached).toBe(false);
  });

  it('evicts least-recently-used entries beyond the size cap', async () => {
    t = createTestPipeline(sim);
    for (const q of ['a', 'b', 'c']) await t.pipeline.run(t.chat, { ...base, input: ask(`question ${q}`) });
    await t.pipeline.run(t.chat, { ...base, input: ask('question a') }); // a is now the most recent
    const { bytes } = t.cache.stats();
    t.cache.evict(bytes - 1, Date.now()); // room for all but one: the least recently used goes
    expect(t.cache.stats().entries).toBe(2);
    expect((await t.pipeline.run(t.chat, { ...base, input: ask('question a') })).cached).toBe(true);
    expect((await t.pipeline.run(t.chat, { ...base, input: ask('question b') })).cached).toBe(false);
  });
});

describe('pipeline: budgets', () => {
  it('refuses a request under a hard cap before anything is sent, naming the budget', async () => {
    t = createTestPipeline(sim, { budgets: [{ id: 'b1', scope: 'modality', target: 'text', period: 'day', limitMicros: 10, hard: true }] });
    const f = await rejection(t.pipeline.run(t.chat, { ...base, input: ask('expensive') }));
    expect(f.code).toBe('budget_exceeded');
    expect(f.message).toMatch(/daily text & chat budget/);
    expect(f.message).toMatch(/Settings → Budgets/);
    expect(chatCalls()).toBe(0);
    expect(t.rows()).toHaveLength(0);
  });

  it('counts what was already spent in the period', async () => {
    t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
    const first = await t.pipeline.run(t.chat, { ...base, input: ask('first', { maxOutputTokens: 50 }) });
    const estimate = t.chat.estimate(ask('second', { maxOutputTokens: 50 }), 'gpt-5-mini');
    t.settings.update({ budgets: [{ id: 'b', scope: 'overall', target: null, period: 'month', limitMicros: first.costMicros + estimate.maxCostMicros! - 1, hard: true }] });
    expect((await rejection(t.pipeline.run(t.chat, { ...base, input: ask('second', { maxOutputTokens: 50 }) }))).code).toBe('budget_exceeded');
  });

  it('lets a soft cap through with a warning', async () => {
    t = createTestPipeline(sim, { budgets: [{ id: 's', scope: 'scene', target: 'support', period: 'day', limitMicros: 1, hard: false }] });
    const r = await t.pipeline.run(t.chat, { ...base, input: ask('soft') });
    expect(r.warnings).toEqual([expect.objectContaining({ kind: 'budget_soft', scope: 'scene', target: 'support', limitMicros: 1 })]);
    expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/support.*soft limit/);
  });

  it('ignores budgets of other scenes and modalities', async () => {
    t = createTestPipeline(sim, { budgets: [{ id: 'o', scope: 'scene', target: 'other', period: 'day', limitMicros: 0, hard: true }] });
    await expect(t.pipeline.run(t.chat, { ...base, input: ask('fine') })).resolves.toBeTruthy();
  });
});

describe('pipeline: content filter and log', () => {
  it('blocks on a local rule without calling the provider', async () => {
    t = createTestPipeline(sim, { scenes: { support: { filter: { moderation: false, blockRules: ['/credit\\s*card/'] } } } });
    const f = await rejection(t.pipeline.run(t.chat, { ...base, input: ask('my CREDIT card is 4111') }));
    expect(f.code).toBe('content_policy');
    expect(sim.requests).toHaveLength(0);
  });

  it('stops a catastrophic rule off the event loop and blocks the request with a clear reason', async () => {
    t = createTestPipeline(sim, { scenes: { support: { filter: { moderation: false, blockRules: ['fine', '/(a+)+$/'] } } } });
    let loopRan = false;
    const pending = rejection(t.pipeline.run(t.chat, { ...base, input: ask(`${'a'.repeat(40)}!`) }));
    setImmediate(() => (loopRan = true));
    const f = await pending;
    expect(loopRan).toBe(true);
    expect(f.code).toBe('content_policy');
    expect(f.details).toMatchObject({ blockedBy: 'rule-timeout' });
    expect(f.message).toContain('/(a+)+$/');
    expect(sim.requests).toHaveLength(0);
  });

  it('blocks what the moderation endpoint flags', async () => {
    t = createTestPipeline(sim, { scenes: { support: { filter: { moderation: true, blockRules: [] } } } });
    expect((await rejection(t.pipeline.run(t.chat, { ...base, input: ask('please FLAGME now') }))).code).toBe('content_policy');
    expect(chatCalls()).toBe(0);
    await expect(t.pipeline.run(t.chat, { ...base, input: ask('a harmless question') })).resolves.toBeTruthy();
  });

  it('writes a request log line per attempt with no key and no prompt unless opted in', async () => {
    t = createTestPipeline(sim);
    await t.pipeline.run(t.chat, { ...base, input: ask('secret plans for Q3') });
    // Lines are written just after the request's turn of the event loop (the log is off the request's path).
    const log = async () => {
      await new Promise((r) => setImmediate(r));
      return fs.readFileSync(path.join(t.dir, 'logs', 'requests.log'), 'utf8');
    };
    const line = JSON.parse((await log()).trim().split('\n')[0]!);
    expect(line).toMatchObject({ event: 'request', scene: 'support', model: 'gpt-5-mini', outcome: 'ok', cache: 'miss' });
    expect(await log()).not.toContain('secret plans');
    expect(await log()).not.toContain(TEST_KEY);
    t.settings.update({ logPrompts: true });
    await t.pipeline.run(t.chat, { ...base, input: ask('opted-in prompt text') });
    expect(await log()).toContain('opted-in prompt text');
  });
});
