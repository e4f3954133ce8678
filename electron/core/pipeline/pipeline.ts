import crypto from 'node:crypto';
import type OpenAI from 'openai';
import { AppFailure } from '../../../shared/errors';
import { resolveFallback, type Policy } from '../../../shared/policy';
import type { LedgerEntry, LedgerRepo } from '../db/repos/ledger';
import type { ResponseCacheRepo } from '../db/repos/response-cache';
import { backoffDelay, sleep } from './backoff';
import type { BudgetGuard } from './budgets';
import { cacheKey } from './cache-key';
import { classifyUpstreamError, type Classified } from './classify';
import type { ContentFilter } from './content-filter';
import type { Limiters } from './limiter';
import { StreamInterrupted } from './operations/stream-interrupted';
import { periodKeys } from './periods';
import type { PipelineSettings } from './settings';
import { NO_USAGE, type CachePolicy, type Operation, type PipelineRequest, type PipelineResult, type Usage } from './types';
import type { RequestLog } from './request-log';
import { countTokens } from '../tokens/count';

export interface PipelineDeps {
  client(providerId: string): Promise<OpenAI>;
  limiters: Limiters;
  ledger: LedgerRepo;
  cache: ResponseCacheRepo;
  budgets: BudgetGuard;
  filter: ContentFilter;
  settings: PipelineSettings;
  log: RequestLog;
  /** Injected for tests: the clock used for latency and cache expiry. */
  now?: () => number;
  /** A provider answered (any HTTP status): work waiting for the network can go at once. */
  onReachable?: (providerId: string) => void;
}

interface AttemptRecord {
  model: string;
  attempt: number;
  fallback: boolean;
  usage: Usage;
  costMicros: number;
  billing: LedgerEntry['billing'];
  latencyMs: number;
  outcome: string;
  httpStatus: number | null;
  savedMicros?: number;
  cached?: boolean;
}

/**
 * The one path of every model call: policy → content filter → budget → cache → limiter → SDK →
 * retry / fallback → ledger → log. Features never call the SDK themselves.
 */
export function createPipeline(deps: PipelineDeps) {
  const now = deps.now ?? (() => performance.now());
  const running = new Map<string, AbortController>();

  async function run<I, O>(op: Operation<I, O>, req: PipelineRequest<I>): Promise<PipelineResult<O>> {
    const requestId = req.requestId ?? crypto.randomUUID();
    const controller = new AbortController();
    const signal = req.signal ? AbortSignal.any([req.signal, controller.signal]) : controller.signal;
    running.set(requestId, controller);
    const started = now();
    let attempt = 0;

    const record = (r: AttemptRecord) => {
      const date = new Date();
      const entry: LedgerEntry = {
        ts: date.toISOString(),
        ...periodKeys(date),
        requestId,
        attempt: r.attempt,
        scene: req.scene,
        modality: req.modality,
        providerId: req.providerId,
        model: r.model,
        operation: op.kind,
        inputTokens: r.usage.inputTokens,
        cachedTokens: r.usage.cachedTokens,
        outputTokens: r.usage.outputTokens,
        images: r.usage.images,
        audioSeconds: r.usage.audioSeconds,
        costMicros: r.costMicros,
        savedMicros: r.savedMicros ?? 0,
        billing: r.billing,
        cached: r.cached ?? false,
        fallback: r.fallback,
        latencyMs: Math.round(r.latencyMs),
        outcome: r.outcome,
        httpStatus: r.httpStatus,
      };
      deps.ledger.append(entry);
      deps.log.attempt(entry, req.input);
      if (r.httpStatus !== null) deps.onReachable?.(req.providerId);
    };

    try {
      const policy = deps.settings.policyFor(req.modality, req.scene, req.policy);
      // The filter's block rules run in a worker thread: while they do, this thread estimates the request and
      // hashes its cache key (pure work, nothing recorded), and the verdict is awaited before anything else.
      const filtered = op.unfiltered ? null : deps.filter.check(req, deps.settings.filterFor(req.scene), signal);
      let estimate: ReturnType<typeof op.estimate>;
      let key: string | null;
      const cachePolicy = deps.settings.cacheFor(req.scene);
      try {
        estimate = op.estimate(req.input, req.model);
        key = cachePolicy.enabled ? cacheKey({ providerId: req.providerId, model: req.model, operation: op.kind, material: op.cacheMaterial(req.input) }) : null;
      } catch (error) {
        await filtered; // a blocked request says so, whatever else was wrong with it
        throw error;
      }
      await filtered;
      const admission = deps.budgets.admit({ modality: req.modality, scene: req.scene, maxCostMicros: estimate.maxCostMicros });
      try {
        if (key) {
          const hit = deps.cache.hit(key, Date.now());
          if (hit) {
            const output = op.fromCache(hit.payload, req.onDelta);
            attempt = 1;
            const latencyMs = now() - started;
            record({ model: req.model, attempt, fallback: false, usage: NO_USAGE, costMicros: 0, savedMicros: hit.costMicros, billing: 'none', latencyMs, outcome: 'ok', httpStatus: null, cached: true });
            return { requestId, output, model: req.model, fallbackUsed: false, cached: true, costMicros: 0, savedMicros: hit.costMicros, priceKnown: true, usage: NO_USAGE, attempts: 1, latencyMs, warnings: admission.warnings };
          }
        }
        const models = [req.model, resolveFallback(policy, req.model)].filter((m): m is string => m !== null);
        let lastFailure: Classified | null = null;
        let primaryFailure: Classified | null = null;
        for (const [index, model] of models.entries()) {
          const fallback = index > 0;
          const outcome = await runModel(op, req, { model, fallback, policy, signal, estimateTokens: Math.max(estimate.inputTokens, estimate.maxOutputTokens), nextAttempt: () => ++attempt, record });
          if (outcome.ok) {
            const latencyMs = now() - started;
            if (key && cachePolicy.enabled) storeInCache(key, op, req, model, outcome.output, outcome.costMicros, cachePolicy);
            return { requestId, output: outcome.output, model, fallbackUsed: fallback, cached: false, costMicros: outcome.costMicros, savedMicros: 0, priceKnown: outcome.priceKnown, usage: outcome.usage, attempts: attempt, latencyMs, warnings: admission.warnings };
          }
          lastFailure = outcome.failure;
          primaryFailure ??= outcome.failure;
          if (fallback && outcome.failure.code === 'model_not_found') {
            throw new AppFailure(
              'model_not_found',
              `${req.model} failed (${primaryFailure.message.replace(/\.$/, '')}), and its fallback model "${model}" does not exist at this provider. Choose another fallback in Settings → Policies.`,
              { requestId, attempts: attempt },
            );
          }
          if (!outcome.failure.retryable || signal.aborted) break;
        }
        const f = lastFailure!;
        throw new AppFailure(f.code, f.message, { requestId, attempts: attempt, ...(f.status ? { status: f.status } : {}), ...(f.reason ? { reason: f.reason } : {}) });
      } finally {
        admission.release();
      }
    } finally {
      running.delete(requestId);
    }
  }

  function storeInCache<I, O>(key: string, op: Operation<I, O>, req: PipelineRequest<I>, model: string, output: O, costMicros: number, policy: CachePolicy) {
    const payload = op.toCache(output);
    const created = Date.now();
    deps.cache.put({ key, scene: req.scene, model, operation: op.kind, payload, costMicros, bytes: Buffer.byteLength(payload), createdAt: created, expiresAt: created + policy.ttlMs });
    deps.settings.noteCacheWrite();
  }

  type ModelOutcome<O> =
    | { ok: true; output: O; usage: Usage; costMicros: number; priceKnown: boolean }
    | { ok: false; failure: Classified };

  async function runModel<I, O>(
    op: Operation<I, O>,
    req: PipelineRequest<I>,
    ctx: { model: string; fallback: boolean; policy: Policy; signal: AbortSignal; estimateTokens: number; nextAttempt: () => number; record: (r: AttemptRecord) => void },
  ): Promise<ModelOutcome<O>> {
    const { model, fallback, policy, signal } = ctx;
    const limiter = deps.limiters.for(req.providerId, model);
    const client = await deps.client(req.providerId);
    let failures = 0;
    let firstRateLimitAt: number | null = null;
    for (;;) {
      const reservation = await limiter.acquire(ctx.estimateTokens, req.priority ?? 'interactive', signal, firstRateLimitAt !== null).catch((e: unknown) => {
        throw e instanceof AppFailure ? e : new AppFailure('cancelled');
      });
      try {
        req.sendBudget?.take();
      } catch (error) {
        reservation.release();
        throw error;
      }
      const attempt = ctx.nextAttempt();
      const t0 = now();
      try {
        const result = await op.execute({ client, model, input: req.input, signal, timeoutMs: policy.timeoutMs, onDelta: req.onDelta, onHeaders: reservation.observe });
        reservation.observe(result.headers);
        reservation.settle(result.usage.inputTokens + result.usage.outputTokens);
        const price = op.cost(model, result.usage);
        // No usage reported is not "free": the operation counted it, and the row says it is an estimate.
        const billing = !price.known ? 'unknown_price' : result.estimated ? 'estimated' : 'reported';
        ctx.record({ model, attempt, fallback, usage: result.usage, costMicros: price.micros, billing, latencyMs: now() - t0, outcome: 'ok', httpStatus: 200 });
        return { ok: true, output: result.output, usage: result.usage, costMicros: price.micros, priceKnown: price.known };
      } catch (error) {
        const latencyMs = now() - t0;
        const cause = error instanceof StreamInterrupted ? error.cause : error;
        const failure = error instanceof StreamInterrupted && error.stalled
          ? { code: 'timeout' as const, message: 'The answer stopped arriving.', status: null, retryable: true, retryAfterMs: null }
          : classifyUpstreamError(signal.aborted ? new AppFailure('cancelled') : cause);
        reservation.observe((cause as { headers?: Headers }).headers);
        const billedPart = error instanceof StreamInterrupted && Boolean(error.partialText);
        if ((failure.code === 'rate_limited' || failure.code === 'offline') && !billedPart) req.sendBudget?.giveBack();
        if (error instanceof StreamInterrupted && error.partialText) {
          // The provider bills what it generated before the break: record our best estimate.
          const usage = { ...NO_USAGE, inputTokens: op.estimate(req.input, model).inputTokens, outputTokens: countTokens(error.partialText, model, deps.settings.config().priceOverrides) };
          const price = op.cost(model, usage);
          reservation.settle(usage.inputTokens + usage.outputTokens);
          // A reply the user stopped is not a failure: the ledger says 'stopped', with what it cost.
          const outcome = failure.code === 'cancelled' ? 'stopped' : failure.code;
          ctx.record({ model, attempt, fallback, usage, costMicros: price.micros, billing: 'estimated', latencyMs, outcome, httpStatus: failure.status });
          // Part of the answer already reached the user: never retry behind their back.
          throw new AppFailure(failure.code, failure.message, { partial: true, costMicros: price.micros, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens });
        }
        if (failure.code === 'rate_limited') {
          // The refusal counts against the limit (providers count it), and the whole model pauses.
          reservation.refused(failure.retryAfterMs, { baseMs: policy.backoffBaseMs, maxMs: policy.backoffMaxMs });
        } else {
          reservation.release();
        }
        ctx.record({ model, attempt, fallback, usage: NO_USAGE, costMicros: 0, billing: 'none', latencyMs, outcome: failure.code, httpStatus: failure.status });
        if (failure.code === 'cancelled') throw new AppFailure('cancelled');
        if (failure.code === 'rate_limited') {
          // Backpressure is not a failure of the request: wait in the limiter (bounded), without using up retries.
          firstRateLimitAt ??= t0;
          if (now() - firstRateLimitAt <= policy.rateLimitWaitMs && failure.retryable) continue;
          return { ok: false, failure };
        }
        failures++;
        if (!failure.retryable || failures > policy.retries) return { ok: false, failure };
        await sleep(backoffDelay(failures, policy.backoffBaseMs, policy.backoffMaxMs), signal).catch(() => {
          throw new AppFailure('cancelled');
        });
      }
    }
  }

  return {
    run,
    /** Aborts the HTTP request and any queued retry of a running request. */
    cancel(requestId: string): boolean {
      const c = running.get(requestId);
      c?.abort(new AppFailure('cancelled'));
      return Boolean(c);
    },
  };
}
export type Pipeline = ReturnType<typeof createPipeline>;
