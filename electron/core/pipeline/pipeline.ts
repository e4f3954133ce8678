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
import type { Limiters, Reservation } from './limiter';
import { StreamInterrupted } from './operations/stream-interrupted';
import { periodKeysAt } from './periods';
import type { PipelineSettings } from './settings';
import { NO_USAGE, type CachePolicy, type Estimate, type Operation, type PipelineRequest, type PipelineResult, type Usage } from './types';
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

/** The ledger row of one attempt. */
function ledgerEntry(operation: string, req: PipelineRequest<unknown>, requestId: string, r: AttemptRecord): LedgerEntry {
  const date = new Date();
  const keys = periodKeysAt(date.getTime());
  return {
    ts: date.toISOString(),
    day: keys.day,
    month: keys.month,
    requestId,
    attempt: r.attempt,
    scene: req.scene,
    modality: req.modality,
    providerId: req.providerId,
    model: r.model,
    operation,
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
}

/** What an attempt's error means: a stalled stream is a timeout, an aborted one a cancellation. */
function attemptFailure(error: unknown, signal: AbortSignal): { cause: unknown; failure: Classified } {
  const cause = error instanceof StreamInterrupted ? error.cause : error;
  const failure =
    error instanceof StreamInterrupted && error.stalled
      ? { code: 'timeout' as const, message: 'The answer stopped arriving.', status: null, retryable: true, retryAfterMs: null }
      : classifyUpstreamError(signal.aborted ? new AppFailure('cancelled') : cause);
  return { cause, failure };
}

type ModelOutcome<O> = { ok: true; output: O; usage: Usage; costMicros: number; priceKnown: boolean } | { ok: false; failure: Classified };

/** What the guard settled before anything is spent. */
interface Guarded {
  policy: Policy;
  estimate: Estimate;
  key: string | null;
  cachePolicy: CachePolicy;
}

/** One request's running state, shared by its steps. */
interface RequestRun<I, O> {
  op: Operation<I, O>;
  req: PipelineRequest<I>;
  requestId: string;
  signal: AbortSignal;
  started: number;
  attempts: number;
  record(r: AttemptRecord): void;
}

/**
 * The one path of every model call: policy → content filter → budget → cache → limiter → SDK →
 * retry / fallback → ledger → log. Features never call the SDK themselves.
 */
export function createPipeline(deps: PipelineDeps) {
  const now = deps.now ?? (() => performance.now());
  const running = new Map<string, AbortController>();
  // The client each promise `deps.client` gave resolved to: while the provider keeps handing out the same
  // promise, a request takes its client at once instead of waiting a turn for it (a new promise, after a
  // key changed, is awaited once).
  const resolvedClients = new WeakMap<Promise<OpenAI>, OpenAI>();

  async function run<I, O>(op: Operation<I, O>, req: PipelineRequest<I>): Promise<PipelineResult<O>> {
    const requestId = req.requestId ?? crypto.randomUUID();
    const controller = new AbortController();
    // The caller's signal is followed through a listener, not AbortSignal.any (each signal it creates
    // costs tens of microseconds in Node 20), and let go of when the request ends.
    const outer = req.signal;
    const follow = outer ? () => controller.abort(outer.reason) : null;
    if (outer && follow) {
      if (outer.aborted) follow();
      else outer.addEventListener('abort', follow, { once: true });
    }
    const signal = controller.signal;
    running.set(requestId, controller);
    const r: RequestRun<I, O> = {
      op,
      req,
      requestId,
      signal,
      started: now(),
      attempts: 0,
      record(a) {
        const entry = ledgerEntry(op.kind, req, requestId, a);
        deps.ledger.appendBehind(entry);
        deps.log.attempt(entry, req.input);
        if (a.httpStatus !== null) deps.onReachable?.(req.providerId);
      },
    };
    try {
      const guarded = guard(r);
      const { policy, estimate, key, cachePolicy } = guarded instanceof Promise ? await guarded : guarded;
      const admission = deps.budgets.admit({ modality: req.modality, scene: req.scene, maxCostMicros: estimate.maxCostMicros });
      try {
        const cached = key ? answerFromCache(r, key) : null;
        if (cached) return { ...cached, warnings: admission.warnings };
        const answered = await tryModels(r, policy, Math.max(estimate.inputTokens, estimate.maxOutputTokens));
        if (key && cachePolicy.enabled) storeInCache(key, op, req, answered.model, answered.output, answered.costMicros, cachePolicy);
        return { ...answered, warnings: admission.warnings };
      } finally {
        admission.release();
      }
    } finally {
      running.delete(requestId);
      if (outer && follow) outer.removeEventListener('abort', follow);
    }
  }

  /**
   * Before anything is spent: the policy, the content filter's verdict, the estimate and the cache key.
   * Most verdicts are known at once (no rules, or words and phrases that do not match): then this answers
   * without a promise. Block rules that need the worker thread run there while this thread estimates the
   * request and hashes its cache key (pure work, nothing recorded), and the verdict is awaited before
   * anything else.
   */
  function guard<I, O>({ op, req, signal }: RequestRun<I, O>): Guarded | Promise<Guarded> {
    const policy = deps.settings.policyFor(req.modality, req.scene, req.policy);
    const filtered = op.unfiltered ? null : deps.filter.check(req, deps.settings.filterFor(req.scene), signal);
    const cachePolicy = deps.settings.cacheFor(req.scene);
    let guarded: Guarded;
    try {
      const estimate = op.estimate(req.input, req.model);
      const key = cachePolicy.enabled ? cacheKey({ providerId: req.providerId, model: req.model, operation: op.kind, material: op.cacheMaterial(req.input) }) : null;
      guarded = { policy, estimate, key, cachePolicy };
    } catch (error) {
      if (!filtered) throw error;
      // A blocked request says so, whatever else was wrong with it.
      return filtered.then(() => {
        throw error;
      });
    }
    return filtered ? filtered.then(() => guarded) : guarded;
  }

  /** A fresh cached answer, recorded at $0 with what it saved; null on a miss. */
  function answerFromCache<I, O>(r: RequestRun<I, O>, key: string): Omit<PipelineResult<O>, 'warnings'> | null {
    const hit = deps.cache.hit(key, Date.now());
    if (!hit) return null;
    const output = r.op.fromCache(hit.payload, r.req.onDelta);
    r.attempts = 1;
    const latencyMs = now() - r.started;
    r.record({ model: r.req.model, attempt: 1, fallback: false, usage: NO_USAGE, costMicros: 0, savedMicros: hit.costMicros, billing: 'none', latencyMs, outcome: 'ok', httpStatus: null, cached: true });
    return { requestId: r.requestId, output, model: r.req.model, fallbackUsed: false, cached: true, costMicros: 0, savedMicros: hit.costMicros, priceKnown: true, usage: NO_USAGE, attempts: 1, latencyMs };
  }

  /** The model asked for, then the policy's fallback while failures are retryable; throws the last failure. */
  async function tryModels<I, O>(r: RequestRun<I, O>, policy: Policy, estimateTokens: number): Promise<Omit<PipelineResult<O>, 'warnings'>> {
    const { req } = r;
    const models = [req.model, resolveFallback(policy, req.model)].filter((m): m is string => m !== null);
    let lastFailure: Classified | null = null;
    let primaryFailure: Classified | null = null;
    for (const [index, model] of models.entries()) {
      const fallback = index > 0;
      const outcome = await runModel(r, { model, fallback, policy, estimateTokens });
      if (outcome.ok) {
        const { output, costMicros, priceKnown, usage } = outcome;
        return { requestId: r.requestId, output, model, fallbackUsed: fallback, cached: false, costMicros, savedMicros: 0, priceKnown, usage, attempts: r.attempts, latencyMs: now() - r.started };
      }
      lastFailure = outcome.failure;
      primaryFailure ??= outcome.failure;
      if (fallback && outcome.failure.code === 'model_not_found') {
        throw new AppFailure(
          'model_not_found',
          `${req.model} failed (${primaryFailure.message.replace(/\.$/, '')}), and its fallback model "${model}" does not exist at this provider. Choose another fallback in Settings → Policies.`,
          { requestId: r.requestId, attempts: r.attempts },
        );
      }
      if (!outcome.failure.retryable || r.signal.aborted) break;
    }
    const f = lastFailure!;
    throw new AppFailure(f.code, f.message, { requestId: r.requestId, attempts: r.attempts, ...(f.status ? { status: f.status } : {}), ...(f.reason ? { reason: f.reason } : {}) });
  }

  function storeInCache<I, O>(key: string, op: Operation<I, O>, req: PipelineRequest<I>, model: string, output: O, costMicros: number, policy: CachePolicy) {
    const payload = op.toCache(output);
    const created = Date.now();
    deps.cache.put({ key, scene: req.scene, model, operation: op.kind, payload, costMicros, bytes: Buffer.byteLength(payload), createdAt: created, expiresAt: created + policy.ttlMs });
    deps.settings.noteCacheWrite();
  }

  /** One model: attempts through its limiter, with backoff between retryable failures and bounded waits on 429s. */
  async function runModel<I, O>(r: RequestRun<I, O>, ctx: { model: string; fallback: boolean; policy: Policy; estimateTokens: number }): Promise<ModelOutcome<O>> {
    const { op, req, signal } = r;
    const { model, fallback, policy } = ctx;
    const limiter = deps.limiters.for(req.providerId, model);
    const pending = deps.client(req.providerId);
    let client = resolvedClients.get(pending);
    if (!client) resolvedClients.set(pending, (client = await pending));
    let failures = 0;
    let firstRateLimitAt: number | null = null;
    for (;;) {
      let reservation: Reservation;
      try {
        reservation = (!signal.aborted && limiter.tryAcquire(ctx.estimateTokens)) || (await limiter.acquire(ctx.estimateTokens, req.priority ?? 'interactive', signal, firstRateLimitAt !== null));
      } catch (e) {
        throw e instanceof AppFailure ? e : new AppFailure('cancelled');
      }
      try {
        req.sendBudget?.take();
      } catch (error) {
        reservation.release();
        throw error;
      }
      const attempt = ++r.attempts;
      const t0 = now();
      try {
        const result = await op.execute({ client, model, input: req.input, signal, timeoutMs: policy.timeoutMs, onDelta: req.onDelta, onHeaders: reservation.observe });
        reservation.observe(result.headers);
        reservation.settle(result.usage.inputTokens + result.usage.outputTokens);
        const price = op.cost(model, result.usage);
        // No usage reported is not "free": the operation counted it, and the row says it is an estimate.
        const billing = !price.known ? 'unknown_price' : result.estimated ? 'estimated' : 'reported';
        r.record({ model, attempt, fallback, usage: result.usage, costMicros: price.micros, billing, latencyMs: now() - t0, outcome: 'ok', httpStatus: 200 });
        return { ok: true, output: result.output, usage: result.usage, costMicros: price.micros, priceKnown: price.known };
      } catch (error) {
        const latencyMs = now() - t0;
        const { cause, failure } = attemptFailure(error, signal);
        reservation.observe((cause as { headers?: Headers }).headers);
        if (error instanceof StreamInterrupted && error.partialText) {
          // Part of the answer already reached the user: bill it, and never retry behind their back.
          throw billPartial(r, { model, attempt, fallback, latencyMs, failure, partialText: error.partialText, settle: reservation.settle });
        }
        if (failure.code === 'rate_limited' || failure.code === 'offline') req.sendBudget?.giveBack();
        if (failure.code === 'rate_limited') {
          // The refusal counts against the limit (providers count it), and the whole model pauses.
          reservation.refused(failure.retryAfterMs, { baseMs: policy.backoffBaseMs, maxMs: policy.backoffMaxMs });
        } else {
          reservation.release();
        }
        r.record({ model, attempt, fallback, usage: NO_USAGE, costMicros: 0, billing: 'none', latencyMs, outcome: failure.code, httpStatus: failure.status });
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

  /**
   * A stream that broke (or was stopped) after text arrived: the provider bills what it generated, so the
   * ledger records our estimate of it — as 'stopped' when the user stopped it — and the error carries it.
   */
  function billPartial<I, O>(
    r: RequestRun<I, O>,
    a: { model: string; attempt: number; fallback: boolean; latencyMs: number; failure: Classified; partialText: string; settle: (tokens: number) => void },
  ): AppFailure {
    const usage = { ...NO_USAGE, inputTokens: r.op.estimate(r.req.input, a.model).inputTokens, outputTokens: countTokens(a.partialText, a.model, deps.settings.config().priceOverrides) };
    const price = r.op.cost(a.model, usage);
    a.settle(usage.inputTokens + usage.outputTokens);
    const outcome = a.failure.code === 'cancelled' ? 'stopped' : a.failure.code;
    r.record({ model: a.model, attempt: a.attempt, fallback: a.fallback, usage, costMicros: price.micros, billing: 'estimated', latencyMs: a.latencyMs, outcome, httpStatus: a.failure.status });
    return new AppFailure(a.failure.code, a.failure.message, { partial: true, costMicros: price.micros, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens });
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
