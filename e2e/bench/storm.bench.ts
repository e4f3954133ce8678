/**
 * Rate-limit storms: N chats sent at once through the pipeline to an upstream whose limiter is
 * unlike the client's model — fixed or sliding windows, resets in whole seconds, retry-after missing or
 * in seconds only — and that counts refused requests against the limit, as OpenAI documents.
 * ratio = wall time ÷ the minimum the limit imposes ((⌈N ÷ limit⌉ − 1) windows).
 */
import { startSimulator } from '../simulator/server';
import type { RateLimits } from '../simulator/types';
import { stackFor } from './pipeline.bench';
import { round } from './stats';

export interface StormOptions {
  chats: number;
  limit: number;
  windowMs: number;
  upstream: Omit<RateLimits, 'countRefused'>;
  /** Added to every answer, so requests overlap as real ones do. */
  latencyMs?: number;
}

export interface StormFigures {
  failed: number;
  ratio: number;
  refusals: number;
  /** The most 429s the upstream sent within any one window. */
  maxRefusalsPerWindow: number;
  wallS: number;
  minimumS: number;
  maxInFlight: number;
}

export async function runStorm(o: StormOptions): Promise<StormFigures> {
  const sim = await startSimulator({ latencyMs: o.latencyMs ?? 50, limits: { ...o.upstream, countRefused: true } });
  const { stack, dispose } = stackFor(sim.baseUrl, false);
  try {
    // The tokenizer's tables load once per process (about a second): a cost of the first chat, not of the storm.
    stack.pricer.countText('gpt-5-mini', 'warm up');
    const t0 = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: o.chats }, (_, i) =>
        stack.pipeline.run(stack.operations.chat, {
          scene: 'storm',
          modality: 'text',
          providerId: 'sim',
          model: 'gpt-5-mini',
          input: { messages: [{ role: 'user', content: `storm ${i}` }], maxOutputTokens: 16, stream: i % 2 === 0 },
          policy: { fallbackModel: null },
        }),
      ),
    );
    const wallS = (performance.now() - t0) / 1000;
    const minimumS = ((Math.ceil(o.chats / o.limit) - 1) * o.windowMs) / 1000;
    const refusedAt = sim.requests.filter((r) => r.status === 429).map((r) => r.time);
    let maxRefusalsPerWindow = 0;
    for (const at of refusedAt) maxRefusalsPerWindow = Math.max(maxRefusalsPerWindow, refusedAt.filter((x) => x >= at && x < at + o.windowMs).length);
    return {
      failed: outcomes.filter((x) => x.status === 'rejected').length,
      ratio: round(wallS / Math.max(minimumS, 0.001)),
      refusals: sim.control.counters.rateLimited,
      maxRefusalsPerWindow,
      wallS: round(wallS, 1),
      minimumS,
      maxInFlight: sim.control.counters.maxInFlight,
    };
  } finally {
    dispose();
    await sim.close();
  }
}

/** The case: 120 chats at once, 30 requests per 10 s, refusals counted. */
export const STORM_CASES: Record<string, Omit<RateLimits, 'countRefused'>> = {
  sliding_noretry: { window: { kind: 'sliding', requests: 30, ms: 10_000 }, retryAfter: 'none', resetPrecision: 's' },
  fixed_seconds: { window: { kind: 'fixed', requests: 30, ms: 10_000 }, retryAfter: 'seconds', resetPrecision: 's' },
  bucket: { requestsPerSecond: 3, burst: 30 },
};

export async function benchStorm(log: (line: string) => void): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  for (const [name, upstream] of Object.entries(STORM_CASES)) {
    const f = await runStorm({ chats: 120, limit: 30, windowMs: 10_000, upstream });
    log(`${name}: failed ${f.failed}, ${f.wallS} s for a minimum of ${f.minimumS} s (ratio ${f.ratio}), 429s ${f.refusals} (at most ${f.maxRefusalsPerWindow} per window), max in flight ${f.maxInFlight}`);
    results[`storm_${name}_failed`] = f.failed;
    results[`storm_${name}_ratio`] = f.ratio;
    results[`storm_${name}_429s`] = f.refusals;
    // The headline keys are the worst case over the upstreams.
    results.storm_failed = Math.max(results.storm_failed ?? 0, f.failed);
    results.storm_ratio = Math.max(results.storm_ratio ?? 0, f.ratio);
    results.storm_429s = Math.max(results.storm_429s ?? 0, f.refusals);
  }
  return results;
}
