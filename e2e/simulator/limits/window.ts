/**
 * Request windows as many gateways and providers implement them, unlike the continuous token bucket:
 * - fixed: a counter that starts with the first request and empties all at once `ms` later
 *   (the INCR + EXPIRE pattern);
 * - sliding: a log of request times; a request counts until `ms` after it arrived.
 */
export type WindowKind = 'fixed' | 'sliding';

export class RequestWindow {
  private stamps: number[] = [];
  private fixedStart = 0;
  private fixedCount = 0;

  constructor(
    readonly kind: WindowKind,
    readonly capacity: number,
    readonly ms: number,
  ) {}

  private prune(now: number): void {
    if (this.kind === 'fixed') {
      if (this.fixedCount > 0 && now >= this.fixedStart + this.ms) this.fixedCount = 0;
      return;
    }
    let drop = 0;
    while (drop < this.stamps.length && this.stamps[drop]! + this.ms <= now) drop++;
    if (drop) this.stamps.splice(0, drop);
  }

  used(now: number): number {
    this.prune(now);
    return this.kind === 'fixed' ? this.fixedCount : this.stamps.length;
  }

  /** Milliseconds until one more request fits. */
  waitMs(now: number): number {
    const used = this.used(now);
    if (used < this.capacity) return 0;
    if (this.kind === 'fixed') return this.fixedStart + this.ms - now;
    return this.stamps[used - this.capacity]! + this.ms - now;
  }

  /** Counts one request (admitted, or refused where refusals count). */
  take(now: number): void {
    this.prune(now);
    if (this.kind === 'fixed') {
      if (this.fixedCount === 0) this.fixedStart = now;
      this.fixedCount++;
    } else {
      this.stamps.push(now);
    }
  }

  /** Milliseconds until the window is back to its initial state (what x-ratelimit-reset-requests reports). */
  resetMs(now: number): number {
    const used = this.used(now);
    if (used === 0) return 0;
    return this.kind === 'fixed' ? this.fixedStart + this.ms - now : this.stamps[used - 1]! + this.ms - now;
  }
}
