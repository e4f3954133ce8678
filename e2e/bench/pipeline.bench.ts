/**
 * Request-pipeline benchmark (issue 3): overhead over a direct SDK call, cache-hit latency, and a
 * 300-request burst against 10 req/s (burst 10) through the pipeline and through the plain SDK.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import { openDatabase } from '../../electron/core/db/connection';
import { createSettingsRepo } from '../../electron/core/db/repos/settings';
import { silentLogger } from '../../electron/core/log';
import type { ChatInput, ChatOutput } from '../../electron/core/pipeline/operations/chat';
import { createPipelineStack } from '../../electron/core/pipeline/stack';
import type { Operation } from '../../electron/core/pipeline/types';
import { startSimulator } from '../simulator/server';
import { percentile, round } from './stats';

const KEY = 'sk-bench-0000000000000000';
const BURST = 300;
const RPS = 10;

export function stackFor(baseUrl: string, cacheOn: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-'));
  const db = openDatabase(path.join(dir, 'atelier.db'));
  const client = new OpenAI({ baseURL: baseUrl, apiKey: KEY, maxRetries: 0 });
  const stack = createPipelineStack({ db, settingsRepo: createSettingsRepo(db), logDir: path.join(dir, 'logs'), log: silentLogger, client: async () => client });
  stack.settings.update({ cache: { enabled: cacheOn, maxBytes: 512 * 1024 * 1024, defaultTtlMs: 3_600_000 } });
  return { stack, client, dispose: () => (db.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** Wraps an operation to time the SDK call inside it, so what remains is the pipeline's own time. */
function timed<I, O>(op: Operation<I, O>, sink: { sdkMs: number }): Operation<I, O> {
  return {
    ...op,
    async execute(ctx) {
      const t0 = performance.now();
      try {
        return await op.execute(ctx);
      } finally {
        sink.sdkMs = performance.now() - t0;
      }
    },
  };
}

const request = (text: string) => ({ scene: 'bench', modality: 'text' as const, providerId: 'sim', model: 'gpt-5-mini', input: { messages: [{ role: 'user' as const, content: text }], maxOutputTokens: 16 } });

type Results = Record<string, number>;

async function withSimulator(fn: (sim: Awaited<ReturnType<typeof startSimulator>>, results: Results) => Promise<void>): Promise<Results> {
  const sim = await startSimulator();
  const results: Results = {};
  try {
    await fn(sim, results);
  } finally {
    await sim.close();
  }
  return results;
}

export const benchOverhead = (log: (line: string) => void) =>
  withSimulator(async (sim, results) => {
    // --- overhead: pipeline end to end minus the SDK call it makes, beside a direct SDK call
    const { stack, client, dispose } = stackFor(sim.baseUrl, false);
    const sink = { sdkMs: 0 };
    const op = timed<ChatInput, ChatOutput>(stack.operations.chat, sink);
    const overhead: number[] = [];
    const direct: number[] = [];
    const through: number[] = [];
    const N = 1500;
    for (let i = 0; i < N + 200; i++) {
      const req = request(`overhead ${i}`);
      const t0 = performance.now();
      await client.chat.completions.create({ model: req.model, messages: req.input.messages, max_completion_tokens: 16 });
      const t1 = performance.now();
      await stack.pipeline.run(op, req);
      const t2 = performance.now();
      if (i < 200) continue; // warm-up: JIT, sockets, statement cache
      direct.push(t1 - t0);
      through.push(t2 - t1);
      overhead.push(t2 - t1 - sink.sdkMs);
    }
    results.overhead_p50_ms = round(percentile(overhead, 50), 4);
    results.overhead_p99_ms = round(percentile(overhead, 99), 4);
    results.direct_sdk_p50_ms = round(percentile(direct, 50));
    results.pipeline_p50_ms = round(percentile(through, 50));
    dispose();
    log(`overhead p50 ${results.overhead_p50_ms} ms, p99 ${results.overhead_p99_ms} ms (direct SDK p50 ${results.direct_sdk_p50_ms} ms, through pipeline ${results.pipeline_p50_ms} ms)`);
  });

export const benchCacheHit = (log: (line: string) => void) =>
  withSimulator(async (sim, results) => {

    // --- cache hit: the same request answered from SQLite, end to end inside core
    const cached = stackFor(sim.baseUrl, true);
    await cached.stack.pipeline.run(cached.stack.operations.chat, request('cached question'));
    const hits: number[] = [];
    for (let i = 0; i < 2200; i++) {
      const t0 = performance.now();
      const r = await cached.stack.pipeline.run(cached.stack.operations.chat, request('cached question'));
      if (!r.cached) throw new Error('expected a cache hit');
      if (i >= 200) hits.push(performance.now() - t0);
    }
    results.cache_hit_p50_ms = round(percentile(hits, 50), 4);
    results.cache_hit_p99_ms = round(percentile(hits, 99), 4);
    cached.dispose();
    log(`cache hit p50 ${results.cache_hit_p50_ms} ms`);
  });

export const benchBurst = (log: (line: string) => void) =>
  withSimulator(async (sim, results) => {

    // --- burst: 300 at once against 10 req/s with a burst of 10
    const ideal = (BURST - RPS) / RPS;
    sim.control.setLimits({ requestsPerSecond: RPS, burst: RPS });
    const burst = stackFor(sim.baseUrl, false);
    const before429 = sim.control.counters.rateLimited;
    let t0 = performance.now();
    const outcomes = await Promise.allSettled(Array.from({ length: BURST }, (_, i) => burst.stack.pipeline.run(burst.stack.operations.chat, request(`burst ${i}`))));
    results.burst_ratio = round((performance.now() - t0) / 1000 / ideal);
    results.burst_429s = sim.control.counters.rateLimited - before429;
    results.burst_failed = outcomes.filter((o) => o.status === 'rejected').length;
    burst.dispose();
    log(`burst: ratio ${results.burst_ratio}, 429s ${results.burst_429s}, failed ${results.burst_failed}`);

    // --- the same burst through the plain SDK with its default retries (2)
    sim.control.reset();
    sim.control.setLimits({ requestsPerSecond: RPS, burst: RPS });
    const naive = new OpenAI({ baseURL: sim.baseUrl, apiKey: KEY });
    t0 = performance.now();
    const naiveOutcomes = await Promise.allSettled(
      Array.from({ length: BURST }, (_, i) => naive.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `naive ${i}` }], max_completion_tokens: 16 })),
    );
    results.naive_burst_ratio = round((performance.now() - t0) / 1000 / ideal);
    results.naive_burst_failed = naiveOutcomes.filter((o) => o.status === 'rejected').length;
    results.naive_burst_429s = sim.control.counters.rateLimited;
    log(`naive burst: ratio ${results.naive_burst_ratio}, failed ${results.naive_burst_failed}, 429s ${results.naive_burst_429s}`);
  });
