import type { Priority } from '../../../shared/policy';
import { AppFailure } from '../../../shared/errors';
import { SendWindow, type WindowEntry } from './send-window';
import { parseResetDuration } from './token-bucket';

/** While a model's limits are unknown, at most this many requests probe it at once. */
const PROBE_CONCURRENCY = 4;
/** Manual limits are per minute. */
const MINUTE_MS = 60_000;

export interface Reservation {
  readonly tokens: number;
  /** An answer (success or error) arrived with these headers: learn the limits from it (first call counts). */
  observe(headers: Headers | undefined): void;
  /** Reports the tokens the provider actually counted; unused reservation flows back. */
  settle(actualTokens: number): void;
  /**
   * The provider refused it (429): the request still counts against the limit, its tokens do not, and
   * the whole model pauses (see ModelLimiter.backOff).
   */
  refused(retryAfterMs: number | null, backoff: BlindBackoff): void;
  /** The request may never have reached the provider: it counts only if an answer said so. */
  release(): void;
}

interface Waiter {
  tokens: number;
  priority: Priority;
  seq: number;
  resolve(r: Reservation): void;
  reject(e: unknown): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** The shared pause after 429s that said nothing about when to come back: base·2^(n−1), capped. */
export interface BlindBackoff {
  baseMs: number;
  maxMs: number;
}

export interface ManualLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

const LIMIT_HEADERS = {
  requests: { limit: 'x-ratelimit-limit-requests', remaining: 'x-ratelimit-remaining-requests', reset: 'x-ratelimit-reset-requests' },
  tokens: { limit: 'x-ratelimit-limit-tokens', remaining: 'x-ratelimit-remaining-tokens', reset: 'x-ratelimit-reset-tokens' },
} as const;

function limitHeaders(headers: Headers, kind: 'requests' | 'tokens') {
  const names = LIMIT_HEADERS[kind];
  const limit = Number(headers.get(names.limit));
  const remainingRaw = headers.get(names.remaining);
  const remaining = remainingRaw === null ? NaN : Number(remainingRaw);
  return { limit, remaining, resetMs: parseResetDuration(headers.get(names.reset)) };
}

/** A finished request's tokens: what the provider said it counted (it counts the reservation at admission) stays counted; a refusal's tokens never do. */
function setTokens(w: SendWindow | undefined, e: WindowEntry | undefined, n: number, refused: boolean): void {
  if (!w || !e) return;
  if (!e.answered || refused) e.weight = Math.min(e.weight, Math.max(0, n));
  if (e.weight === 0) w.remove(e);
}

/**
 * Requests and tokens for one provider + model, with a strict priority queue in front. Every request we
 * send (refused ones included) counts until the server says its usage is gone; a 429 pauses the whole
 * model, not just the request that got it.
 */
export class ModelLimiter {
  readonly requests = new SendWindow();
  readonly tokens = new SendWindow();
  private manual: { requests?: SendWindow; tokens?: SendWindow } = {};
  private queue: Waiter[] = [];
  private seq = 0;
  private inFlight = 0;
  private pausedUntil = 0;
  /** Rounds of 429s since the last answered request: drives the shared backoff when a 429 says nothing. */
  private strikes = 0;
  private lastStrikeAt = -Infinity;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  get queued(): number {
    return this.queue.length;
  }

  /** The user's own caps per minute, on top of whatever the provider reports. */
  setManual(limits: ManualLimits): void {
    this.manual = {
      ...(limits.requestsPerMinute ? { requests: new SendWindow({ limit: limits.requestsPerMinute, windowMs: MINUTE_MS }) } : {}),
      ...(limits.tokensPerMinute ? { tokens: new SendWindow({ limit: limits.tokensPerMinute, windowMs: MINUTE_MS }) } : {}),
    };
    this.pump();
  }

  /**
   * Nobody waiting and room now (most requests): granted on the spot, exactly as `pump` grants a lone
   * waiter, without a waiter, its place in the queue, an abort listener that would only be removed, or a
   * promise to wait a turn for. Null when the request has to wait: then `acquire`.
   */
  tryAcquire(tokens: number): Reservation | null {
    if (this.queue.length > 0) return null;
    const t = this.now();
    const wait = this.waitFor(tokens, t);
    return wait !== null && wait <= 0 ? this.grant(tokens, t) : null;
  }

  /** `retry`: a request the provider refused goes back to the front of its priority class. */
  acquire(tokens: number, priority: Priority, signal?: AbortSignal, retry = false): Promise<Reservation> {
    if (signal?.aborted) return Promise.reject(new AppFailure('cancelled'));
    const now = this.tryAcquire(tokens);
    if (now) return Promise.resolve(now);
    return new Promise<Reservation>((resolve, reject) => {
      let granted = false;
      const waiter: Waiter = { tokens, priority, seq: this.seq++, resolve: (r) => ((granted = true), resolve(r)), reject, signal };
      // Interactive work goes ahead of batch work; FIFO within each (retries first).
      const rank = (w: Waiter) => (w.priority === 'interactive' ? 0 : 1);
      const at = this.queue.findIndex((w) => rank(w) > rank(waiter) || (retry && rank(w) === rank(waiter)));
      if (at === -1) this.queue.push(waiter);
      else this.queue.splice(at, 0, waiter);
      this.pump();
      // Only a request that has to wait listens for its abort (most go at once, with nothing to undo).
      if (signal && !granted) {
        waiter.onAbort = () => {
          this.queue = this.queue.filter((w) => w !== waiter);
          reject(new AppFailure('cancelled'));
          this.pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
    });
  }

  /**
   * A 429 arrived for a request sent at `sentAt`: the whole model pauses — for retry-after when the
   * server gave one, else for a backoff that doubles with every round of 429s (the reset headers it
   * carried were observed already and hold the window shut on their own). Requests that were already
   * on their way when an earlier 429 arrived are the same round, not a new one.
   */
  private backOff(sentAt: number, retryAfterMs: number | null, backoff: BlindBackoff): void {
    const t = this.now();
    if (sentAt > this.lastStrikeAt) {
      this.strikes++;
      this.lastStrikeAt = t;
    }
    const blind = Math.min(backoff.baseMs * 2 ** Math.max(0, this.strikes - 1), backoff.maxMs);
    this.pausedUntil = Math.max(this.pausedUntil, t + (retryAfterMs ?? blind));
  }

  private pump = (): void => {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      const t = this.now();
      const wait = this.waitFor(head.tokens, t);
      if (wait === null) return; // wait for an answer to learn from
      if (wait > 0) {
        this.timer = setTimeout(this.pump, Math.min(wait, 60_000));
        return;
      }
      this.queue.shift();
      if (head.signal && head.onAbort) head.signal.removeEventListener('abort', head.onAbort);
      head.resolve(this.grant(head.tokens, t));
    }
  };

  /**
   * Milliseconds until a request of `tokens` may go at `t` (0: now); null while the limits are unknown
   * and enough probes are out already (an answer wakes the queue).
   */
  private waitFor(tokens: number, t: number): number | null {
    if (!this.requests.known && this.inFlight >= PROBE_CONCURRENCY) return null;
    return Math.max(
      this.pausedUntil - t,
      this.requests.waitFor(1, t),
      this.tokens.waitFor(tokens, t),
      this.manual.requests?.waitFor(1, t) ?? 0,
      this.manual.tokens?.waitFor(tokens, t) ?? 0,
    );
  }

  private grant(tokens: number, t: number): Reservation {
    this.inFlight++;
    return this.reservation(tokens, t);
  }

  private reservation(tokens: number, t: number): Reservation {
    const req = this.requests.add(1, t);
    const tok = this.tokens.add(tokens, t);
    const manualReq = this.manual.requests?.add(1, t);
    const manualTok = this.manual.tokens?.add(tokens, t);
    let observed = false;
    let done = false;
    const finish = (actualTokens: number, counted: boolean, refused = false) => {
      if (done) return;
      done = true;
      this.inFlight--;
      setTokens(this.tokens, tok, actualTokens, refused);
      setTokens(this.manual.tokens, manualTok, actualTokens, refused);
      const at = this.now();
      if (counted) {
        this.requests.settled(req, at);
        this.tokens.settled(tok, at);
      } else {
        this.requests.remove(req);
        this.tokens.remove(tok);
        if (manualReq) this.manual.requests?.remove(manualReq);
        if (manualTok) this.manual.tokens?.remove(manualTok);
      }
      this.pump();
    };
    return {
      tokens,
      observe: (headers) => {
        if (observed || !headers) return;
        observed = true;
        const at = this.now();
        const r = limitHeaders(headers, 'requests');
        this.requests.observe(req, r.limit, r.remaining, r.resetMs, at);
        const k = limitHeaders(headers, 'tokens');
        this.tokens.observe(tok, k.limit, k.remaining, k.resetMs, at);
        this.pump();
      },
      settle: (actual) => {
        if (!done) this.strikes = 0;
        finish(actual, true);
      },
      refused: (retryAfterMs, backoff) => {
        if (!done) this.backOff(t, retryAfterMs, backoff);
        finish(0, true, true);
      },
      release: () => finish(0, observed),
    };
  }
}

/** One limiter per provider and model, as OpenAI's limits are per model. */
export class Limiters {
  // Provider, then model: looked up on every attempt, without building a combined key each time.
  private map = new Map<string, Map<string, ModelLimiter>>();
  constructor(private readonly now?: () => number) {}
  for(providerId: string, model: string): ModelLimiter {
    let models = this.map.get(providerId);
    if (!models) this.map.set(providerId, (models = new Map()));
    let limiter = models.get(model);
    if (!limiter) {
      limiter = new ModelLimiter(this.now);
      models.set(model, limiter);
    }
    return limiter;
  }
}
