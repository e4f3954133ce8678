import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../../e2e/simulator/server';
import type { RateLimits } from '../../../e2e/simulator/types';
import { ask, createTestPipeline } from '../testing/test-pipeline';
import { simulatorPerFile } from '../testing/simulator-per-file';

let sim: Simulator;
let t: ReturnType<typeof createTestPipeline>;
simulatorPerFile((s) => (sim = s), () => t);

const base = { scene: 'storm', modality: 'text' as const, providerId: 'sim', model: 'gpt-5-mini' };
const WINDOW = 5;

/** `n` chats at once against an upstream whose limiter is unlike ours and counts refused requests. */
async function storm(limits: RateLimits, n: number) {
  sim.control.setLimits({ countRefused: true, ...limits });
  t = createTestPipeline(sim, { cache: { enabled: false, maxBytes: 0, defaultTtlMs: 0 } });
  const outcomes = await Promise.allSettled(
    Array.from({ length: n }, (_, i) => t.pipeline.run(t.chat, { ...base, input: ask(`storm ${i}`, { stream: i % 2 === 0, maxOutputTokens: 16 }), policy: { fallbackModel: null } })),
  );
  const rows = t.rows();
  return {
    failed: outcomes.filter((o) => o.status === 'rejected').length,
    refusals: sim.control.counters.rateLimited,
    ledger429s: rows.filter((r) => r.outcome === 'rate_limited').length,
    answered: rows.filter((r) => r.outcome === 'ok').length,
  };
}

describe('pipeline: rate-limit storms from upstreams that limit differently', () => {
  it('sliding window, refusals counted, no retry-after, resets in whole seconds: nothing fails, hardly a 429', async () => {
    const r = await storm({ window: { kind: 'sliding', requests: WINDOW, ms: 1_000 }, retryAfter: 'none', resetPrecision: 's' }, 4 * WINDOW);
    expect(r).toMatchObject({ failed: 0, answered: 4 * WINDOW });
    expect(r.refusals).toBeLessThanOrEqual(2);
    expect(r.ledger429s).toBe(r.refusals);
  }, 30_000);

  it('fixed window, retry-after in seconds only: nothing fails, hardly a 429', async () => {
    const r = await storm({ window: { kind: 'fixed', requests: WINDOW, ms: 1_000 }, retryAfter: 'seconds' }, 4 * WINDOW);
    expect(r).toMatchObject({ failed: 0, answered: 4 * WINDOW });
    expect(r.refusals).toBeLessThanOrEqual(2);
  }, 30_000);

  it('a token bucket that counts refusals: nothing fails, hardly a 429', async () => {
    const r = await storm({ requestsPerSecond: WINDOW, burst: WINDOW }, 4 * WINDOW);
    expect(r).toMatchObject({ failed: 0, answered: 4 * WINDOW });
    expect(r.refusals).toBeLessThanOrEqual(2);
  }, 30_000);
});
