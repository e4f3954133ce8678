/** A continuously refilling token bucket, plus OpenAI's duration format for reset headers. */

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly capacity: number,
    /** Tokens added per millisecond. */
    readonly ratePerMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.ratePerMs);
      this.last = now;
    }
  }

  available(now: number): number {
    this.refill(now);
    return this.tokens;
  }

  /** Milliseconds until `n` tokens are available (0 if they are now; Infinity if n > capacity). */
  waitMs(n: number, now: number): number {
    this.refill(now);
    if (n > this.capacity) return Infinity;
    if (this.tokens >= n) return 0;
    return (n - this.tokens) / this.ratePerMs;
  }

  take(n: number, now: number): void {
    this.refill(now);
    this.tokens -= n;
  }

  /** Milliseconds until the bucket is full again (what x-ratelimit-reset-* reports). */
  resetMs(now: number): number {
    this.refill(now);
    return (this.capacity - this.tokens) / this.ratePerMs;
  }
}

/**
 * Formats like OpenAI's headers and messages: "0s", "120ms", "1s", "17.5s", "6m0s", "1h2m3s".
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '0s';
  if (ms < 1000) return `${Math.max(1, Math.round(ms))}ms`;
  const totalSeconds = Math.round(ms) / 1000;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = Math.round((totalSeconds % 60) * 1000) / 1000;
  const secs = `${String(s)}s`;
  if (h > 0) return `${h}h${m}m${secs}`;
  if (m > 0) return `${m}m${secs}`;
  return secs;
}
