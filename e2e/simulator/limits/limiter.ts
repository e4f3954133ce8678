/** Per-key request and token buckets, OpenAI's x-ratelimit-* headers and 429 bodies. */
import { ApiError } from '../http/errors';
import type { RateLimits } from '../types';
import { TokenBucket, formatDuration } from './bucket';
import { RequestWindow } from './window';

export const DEFAULT_LIMITS = { requestsPerMinute: 10_000, tokensPerMinute: 30_000_000 } as const;

type Unit = 'RPS' | 'RPM' | 'TPM' | 'window';
interface LimitedBucket {
  bucket: TokenBucket;
  unit: Unit;
}
interface KeyState {
  requests: LimitedBucket[];
  /** Replaces the request buckets when limits.window is set. */
  window?: RequestWindow;
  tokens: LimitedBucket;
}

export type Admission =
  | { ok: true }
  | { ok: false; unit: Unit; limit: number; used: number; requested: number; waitMs: number; unitText: string };

const UNIT_TEXT: Record<Exclude<Unit, 'window'>, string> = {
  RPS: 'requests per sec (RPS)',
  RPM: 'requests per min (RPM)',
  TPM: 'tokens per min (TPM)',
};

const NUMERIC = new Set(['requestsPerMinute', 'tokensPerMinute', 'requestsPerSecond', 'burst']);

function validate(limits: RateLimits): void {
  for (const [name, value] of Object.entries(limits)) {
    if (value === undefined) continue;
    if (NUMERIC.has(name)) {
      if (typeof value !== 'number' || !(value > 0)) throw new TypeError(`limits.${name} must be a positive number`);
    } else if (name === 'window') {
      const w = value as RateLimits['window'];
      if (!w || (w.kind !== 'fixed' && w.kind !== 'sliding') || !(w.requests >= 1) || !(w.ms > 0)) {
        throw new TypeError("limits.window must be { kind: 'fixed' | 'sliding', requests >= 1, ms > 0 }");
      }
    } else if (name === 'countRefused') {
      if (typeof value !== 'boolean') throw new TypeError('limits.countRefused must be a boolean');
    } else if (name === 'retryAfter') {
      if (!['both', 'seconds', 'none'].includes(value as string)) throw new TypeError("limits.retryAfter must be 'both', 'seconds' or 'none'");
    } else if (name === 'resetPrecision') {
      if (value !== 'ms' && value !== 's') throw new TypeError("limits.resetPrecision must be 'ms' or 's'");
    } else {
      throw new TypeError(`unknown limit ${name}`);
    }
  }
}

/** Which retry headers a 429 carries, from the limits and the retryAfterHeaders switch. */
export type RetryAfterMode = NonNullable<RateLimits['retryAfter']>;

export class Limiter {
  private configured: RateLimits = {};
  private states = new Map<string, KeyState>();

  constructor(limits?: RateLimits | null) {
    this.setLimits(limits ?? null);
  }

  /** Replaces the limits for every key; buckets start full again. */
  setLimits(limits: RateLimits | null): void {
    validate(limits ?? {});
    this.configured = { ...(limits ?? {}) };
    this.states.clear();
  }

  get limits(): RateLimits {
    return { ...this.configured };
  }

  private state(key: string, now: number): KeyState {
    let s = this.states.get(key);
    if (!s) {
      const { requestsPerSecond: rps, burst } = this.configured;
      const rpm = this.configured.requestsPerMinute ?? DEFAULT_LIMITS.requestsPerMinute;
      const tpm = this.configured.tokensPerMinute ?? DEFAULT_LIMITS.tokensPerMinute;
      const requests: LimitedBucket[] = [];
      if (rps !== undefined) requests.push({ unit: 'RPS', bucket: new TokenBucket(burst ?? rps, rps / 1000, now) });
      const rpmCapacity = rps === undefined && burst !== undefined ? burst : rpm;
      requests.push({ unit: 'RPM', bucket: new TokenBucket(rpmCapacity, rpm / 60_000, now) });
      s = { requests, tokens: { unit: 'TPM', bucket: new TokenBucket(tpm, tpm / 60_000, now) } };
      const w = this.configured.window;
      if (w) s.window = new RequestWindow(w.kind, w.requests, w.ms);
      this.states.set(key, s);
    }
    return s;
  }

  /**
   * Takes one request and `tokens` tokens if every limit has room; otherwise takes nothing — except the
   * request itself where refused requests count (limits.countRefused).
   */
  admit(key: string, tokens: number, now = Date.now()): Admission {
    const s = this.state(key, now);
    const denied = this.check(s, tokens, now);
    if (denied && !this.configured.countRefused) return denied;
    if (s.window) s.window.take(now);
    else for (const lb of s.requests) lb.bucket.take(1, now);
    if (denied) return denied;
    s.tokens.bucket.take(tokens, now);
    return { ok: true };
  }

  private check(s: KeyState, tokens: number, now: number): Extract<Admission, { ok: false }> | null {
    if (s.window) {
      const waitMs = s.window.waitMs(now);
      const w = s.window;
      if (waitMs > 0) return { ok: false, unit: 'window', limit: w.capacity, used: w.used(now), requested: 1, waitMs, unitText: `requests per ${formatDuration(w.ms)} (${w.kind} window)` };
    }
    const checks: Array<[LimitedBucket, number]> = [...(s.window ? [] : s.requests.map((b): [LimitedBucket, number] => [b, 1])), [s.tokens, tokens]];
    for (const [lb, n] of checks) {
      const waitMs = lb.bucket.waitMs(n, now);
      if (waitMs > 0) {
        const used = Math.round(lb.bucket.capacity - lb.bucket.available(now));
        return { ok: false, unit: lb.unit, limit: lb.bucket.capacity, used, requested: n, waitMs, unitText: UNIT_TEXT[lb.unit as Exclude<Unit, 'window'>] };
      }
    }
    return null;
  }

  /** x-ratelimit-* headers; the request figures come from the window, else the RPS bucket when one is configured. */
  headers(key: string | null, now = Date.now()): Record<string, string> {
    const s = this.state(key ?? '\0anonymous', now);
    const req = s.requests[0]!.bucket;
    const tok = s.tokens.bucket;
    const reset = (ms: number) => (this.configured.resetPrecision === 's' ? `${Math.ceil(Math.max(0, ms) / 1000)}s` : formatDuration(ms));
    const w = s.window;
    return {
      'x-ratelimit-limit-requests': String(w ? w.capacity : req.capacity),
      'x-ratelimit-limit-tokens': String(tok.capacity),
      'x-ratelimit-remaining-requests': String(w ? Math.max(0, w.capacity - w.used(now)) : Math.max(0, Math.floor(req.available(now)))),
      'x-ratelimit-remaining-tokens': String(Math.max(0, Math.floor(tok.available(now)))),
      'x-ratelimit-reset-requests': reset(w ? w.resetMs(now) : req.resetMs(now)),
      'x-ratelimit-reset-tokens': reset(tok.resetMs(now)),
    };
  }

  /** Which retry headers a 429 carries, given the global switch (retryAfterHeaders). */
  retryAfterMode(enabled: boolean): RetryAfterMode {
    return enabled ? (this.configured.retryAfter ?? 'both') : 'none';
  }
}

export function retryHeaders(waitMs: number, mode: RetryAfterMode = 'both'): Record<string, string> {
  if (mode === 'none') return {};
  const ms = Math.max(1, Math.ceil(waitMs));
  const seconds = { 'retry-after': String(Math.ceil(ms / 1000)) };
  return mode === 'seconds' ? seconds : { ...seconds, 'retry-after-ms': String(ms) };
}

/** The 429 OpenAI sends when a bucket is empty (or a request can never fit). */
export function rateLimitError(
  model: string,
  denied: Extract<Admission, { ok: false }>,
  retryAfter: RetryAfterMode,
): ApiError {
  const type = denied.unit === 'TPM' ? 'tokens' : 'requests';
  const where = `for ${model} in organization org-sim on ${denied.unitText}`;
  const more = 'Visit https://platform.openai.com/account/rate-limits to learn more.';
  if (!Number.isFinite(denied.waitMs)) {
    return new ApiError(
      429,
      `Request too large ${where}: Limit ${denied.limit}, Requested ${denied.requested}. The input or output tokens must be reduced in order to run successfully. ${more}`,
      { type, code: 'rate_limit_exceeded' },
    );
  }
  return new ApiError(
    429,
    `Rate limit reached ${where}: Limit ${denied.limit}, Used ${denied.used}, Requested ${denied.requested}. Please try again in ${formatDuration(denied.waitMs)}. ${more}`,
    { type, code: 'rate_limit_exceeded', headers: retryHeaders(denied.waitMs, retryAfter) },
  );
}
