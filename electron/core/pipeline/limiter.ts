import type { Priority } from '../../../shared/policy';
import { AppFailure } from '../../../shared/errors';
import { parseResetDuration, TokenBucket } from './token-bucket';

/** While a model's limits are unknown, at most this many requests probe it at once. */
const PROBE_CONCURRENCY = 4;
/** OpenAI's request and token limits are per minute unless reset headers say otherwise. */
const DEFAULT_WINDOW_MS = 60_000;

export interface Reservation {
  readonly tokens: number;
  /** Reports the tokens the provider actually counted; unused reservation flows back. */
  settle(actualTokens: number): void;
  /** The request never reached the provider (or was refused before counting). */
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

export interface ManualLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

/** Requests and tokens for one provider + model, with a strict priority queue in front. */
export class ModelLimiter {
  readonly requests = new TokenBucket();
  readonly tokens = new TokenBucket();
  private queue: Waiter[] = [];
  private seq = 0;
  private inFlight = 0;
  private pausedUntil = 0;
  private timer: NodeJS.Timeout | null = null;
  private manual = false;

  constructor(private readonly now: () => number = () => performance.now()) {}

  get queued(): number {
    return this.queue.length;
  }

  setManual(limits: ManualLimits): void {
    const t = this.now();
    if (limits.requestsPerMinute) this.requests.learn(limits.requestsPerMinute, limits.requestsPerMinute, limits.requestsPerMinute / DEFAULT_WINDOW_MS, t);
    if (limits.tokensPerMinute) this.tokens.learn(limits.tokensPerMinute, limits.tokensPerMinute, limits.tokensPerMinute / DEFAULT_WINDOW_MS, t);
    this.manual = Boolean(limits.requestsPerMinute || limits.tokensPerMinute);
    this.pump();
  }

  acquire(tokens: number, priority: Priority, signal?: AbortSignal): Promise<Reservation> {
    if (signal?.aborted) return Promise.reject(new AppFailure('cancelled'));
    return new Promise<Reservation>((resolve, reject) => {
      const waiter: Waiter = { tokens, priority, seq: this.seq++, resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          this.queue = this.queue.filter((w) => w !== waiter);
          reject(new AppFailure('cancelled'));
          this.pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      // Interactive work goes ahead of batch work; FIFO within each.
      const at = this.queue.findIndex((w) => priority === 'interactive' && w.priority === 'batch');
      if (at === -1) this.queue.push(waiter);
      else this.queue.splice(at, 0, waiter);
      this.pump();
    });
  }

  /** Learns limits from x-ratelimit-* headers of any response. */
  learn(headers: Headers | undefined): void {
    if (!headers || this.manual) return;
    const t = this.now();
    this.learnBucket(this.requests, headers, 'requests', t);
    this.learnBucket(this.tokens, headers, 'tokens', t);
    this.pump();
  }

  /** A 429 arrived: hold everything back until the server's retry-after has passed. */
  backOff(retryAfterMs: number | null): void {
    const t = this.now();
    this.requests.drain(t);
    if (retryAfterMs !== null) this.pausedUntil = Math.max(this.pausedUntil, t + retryAfterMs);
    this.pump();
  }

  private learnBucket(bucket: TokenBucket, headers: Headers, kind: 'requests' | 'tokens', t: number): void {
    const limit = Number(headers.get(`x-ratelimit-limit-${kind}`));
    const remaining = Number(headers.get(`x-ratelimit-remaining-${kind}`));
    if (!(limit > 0) || !Number.isFinite(remaining)) return;
    const reset = parseResetDuration(headers.get(`x-ratelimit-reset-${kind}`));
    // Time to refill what is used tells the refill rate, whatever the window is.
    const rate = reset && reset > 0 && limit > remaining ? (limit - remaining) / reset : bucket.known ? bucket.ratePerMs : limit / DEFAULT_WINDOW_MS;
    // Requests we sent that the server may not have counted yet still use room.
    const uncounted = kind === 'requests' ? Math.max(0, this.inFlight - 1) : 0;
    bucket.learn(limit, Math.max(0, remaining - uncounted), rate, t);
  }

  private pump = (): void => {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      const t = this.now();
      if (!this.requests.known && this.inFlight >= PROBE_CONCURRENCY) return; // wait for a response to learn from
      const wait = Math.max(this.pausedUntil - t, this.requests.waitFor(1, t), this.tokens.waitFor(head.tokens, t));
      if (wait > 0) {
        this.timer = setTimeout(this.pump, Math.min(wait, 60_000));
        return;
      }
      this.queue.shift();
      if (head.signal && head.onAbort) head.signal.removeEventListener('abort', head.onAbort);
      this.requests.take(1, t);
      this.tokens.take(head.tokens, t);
      this.inFlight++;
      head.resolve(this.reservation(head.tokens));
    }
  };

  private reservation(tokens: number): Reservation {
    let done = false;
    const finish = (refund: number, requestRefund: number) => {
      if (done) return;
      done = true;
      this.inFlight--;
      const t = this.now();
      if (refund > 0) this.tokens.give(refund, t);
      if (requestRefund > 0) this.requests.give(requestRefund, t);
      this.pump();
    };
    return {
      tokens,
      settle: (actual) => finish(tokens - actual, 0),
      release: () => finish(tokens, 1),
    };
  }
}

/** One limiter per provider and model, as OpenAI's limits are per model. */
export class Limiters {
  private map = new Map<string, ModelLimiter>();
  constructor(private readonly now?: () => number) {}
  for(providerId: string, model: string): ModelLimiter {
    const key = `${providerId}\u0000${model}`;
    let limiter = this.map.get(key);
    if (!limiter) {
      limiter = new ModelLimiter(this.now);
      this.map.set(key, limiter);
    }
    return limiter;
  }
}
