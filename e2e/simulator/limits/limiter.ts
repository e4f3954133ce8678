/** Per-key request and token buckets, OpenAI's x-ratelimit-* headers and 429 bodies. */
import { ApiError } from '../http/errors';
import type { RateLimits } from '../types';
import { TokenBucket, formatDuration } from './bucket';

export const DEFAULT_LIMITS = { requestsPerMinute: 10_000, tokensPerMinute: 30_000_000 } as const;

type Unit = 'RPS' | 'RPM' | 'TPM';
interface LimitedBucket {
  bucket: TokenBucket;
  unit: Unit;
}
interface KeyState {
  requests: LimitedBucket[];
  tokens: LimitedBucket;
}

export type Admission =
  | { ok: true }
  | { ok: false; unit: Unit; limit: number; used: number; requested: number; waitMs: number };

const UNIT_TEXT: Record<Unit, string> = {
  RPS: 'requests per sec (RPS)',
  RPM: 'requests per min (RPM)',
  TPM: 'tokens per min (TPM)',
};

export class Limiter {
  private configured: RateLimits = {};
  private states = new Map<string, KeyState>();

  constructor(limits?: RateLimits | null) {
    this.setLimits(limits ?? null);
  }

  /** Replaces the limits for every key; buckets start full again. */
  setLimits(limits: RateLimits | null): void {
    for (const [name, value] of Object.entries(limits ?? {})) {
      if (value !== undefined && (typeof value !== 'number' || !(value > 0))) {
        throw new TypeError(`limits.${name} must be a positive number`);
      }
    }
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
      this.states.set(key, s);
    }
    return s;
  }

  /** Takes one request and `tokens` tokens if every bucket has room; otherwise takes nothing. */
  admit(key: string, tokens: number, now = Date.now()): Admission {
    const s = this.state(key, now);
    const checks: Array<[LimitedBucket, number]> = [...s.requests.map((b): [LimitedBucket, number] => [b, 1]), [s.tokens, tokens]];
    for (const [lb, n] of checks) {
      const waitMs = lb.bucket.waitMs(n, now);
      if (waitMs > 0) {
        const used = Math.round(lb.bucket.capacity - lb.bucket.available(now));
        return { ok: false, unit: lb.unit, limit: lb.bucket.capacity, used, requested: n, waitMs };
      }
    }
    for (const [lb, n] of checks) lb.bucket.take(n, now);
    return { ok: true };
  }

  /** x-ratelimit-* headers; the request figures come from the RPS bucket when one is configured. */
  headers(key: string | null, now = Date.now()): Record<string, string> {
    const s = this.state(key ?? '\0anonymous', now);
    const req = s.requests[0]!.bucket;
    const tok = s.tokens.bucket;
    return {
      'x-ratelimit-limit-requests': String(req.capacity),
      'x-ratelimit-limit-tokens': String(tok.capacity),
      'x-ratelimit-remaining-requests': String(Math.max(0, Math.floor(req.available(now)))),
      'x-ratelimit-remaining-tokens': String(Math.max(0, Math.floor(tok.available(now)))),
      'x-ratelimit-reset-requests': formatDuration(req.resetMs(now)),
      'x-ratelimit-reset-tokens': formatDuration(tok.resetMs(now)),
    };
  }
}

export function retryHeaders(waitMs: number): Record<string, string> {
  const ms = Math.max(1, Math.ceil(waitMs));
  return { 'retry-after': String(Math.ceil(ms / 1000)), 'retry-after-ms': String(ms) };
}

/** The 429 OpenAI sends when a bucket is empty (or a request can never fit). */
export function rateLimitError(
  model: string,
  denied: Extract<Admission, { ok: false }>,
  withRetryAfter: boolean,
): ApiError {
  const type = denied.unit === 'TPM' ? 'tokens' : 'requests';
  const where = `for ${model} in organization org-sim on ${UNIT_TEXT[denied.unit]}`;
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
    { type, code: 'rate_limit_exceeded', headers: withRetryAfter ? retryHeaders(denied.waitMs) : {} },
  );
}
