/** A token bucket with continuous refill. Capacity Infinity means "no known limit". */
export class TokenBucket {
  capacity: number;
  /** Tokens added per millisecond. */
  ratePerMs: number;
  private level: number;
  private updatedAt: number;

  constructor(capacity = Infinity, ratePerMs = Infinity, now = 0) {
    this.capacity = capacity;
    this.ratePerMs = ratePerMs;
    this.level = capacity;
    this.updatedAt = now;
  }

  get known(): boolean {
    return Number.isFinite(this.capacity);
  }

  private refill(now: number): void {
    if (now > this.updatedAt) {
      this.level = Math.min(this.capacity, this.level + (now - this.updatedAt) * this.ratePerMs);
      this.updatedAt = now;
    }
  }

  available(now: number): number {
    this.refill(now);
    return this.level;
  }

  /** Milliseconds until n tokens are available (a request larger than capacity waits for a full bucket). */
  waitFor(n: number, now: number): number {
    if (!this.known) return 0;
    this.refill(now);
    const need = Math.min(n, this.capacity) - this.level;
    if (need <= 0) return 0;
    return this.ratePerMs > 0 ? Math.ceil(need / this.ratePerMs) : Infinity;
  }

  take(n: number, now: number): void {
    if (!this.known) return;
    this.refill(now);
    this.level -= n;
  }

  give(n: number, now: number): void {
    if (!this.known) return;
    this.refill(now);
    this.level = Math.min(this.capacity, this.level + n);
  }

  /** Adopts what the server reported: its limit, and never more room than it says is left. */
  learn(limit: number, remaining: number, ratePerMs: number, now: number): void {
    this.refill(now);
    if (!this.known) this.level = remaining;
    this.capacity = limit;
    this.ratePerMs = ratePerMs;
    this.level = Math.min(this.level, remaining, limit);
  }

  /** Empties the bucket (the server said 429). */
  drain(now: number): void {
    if (!this.known) return;
    this.refill(now);
    this.level = Math.min(this.level, 0);
  }
}

/** Parses OpenAI's reset durations: "1s", "6m0s", "120ms", "17.5s", "1h2m3s". */
export function parseResetDuration(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let matched = '';
  for (const m of text.matchAll(re)) {
    const value = Number(m[1]);
    const unit = m[2];
    total += unit === 'ms' ? value : unit === 's' ? value * 1000 : unit === 'm' ? value * 60_000 : value * 3_600_000;
    matched += m[0];
  }
  return matched === text && matched.length > 0 ? total : null;
}
