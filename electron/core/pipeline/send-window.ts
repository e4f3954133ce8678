/**
 * One upstream limit (requests or tokens) as a log of what we sent, each entry counting until the time
 * the server says its usage is gone.
 *
 * Why a log and not a refilling bucket: upstreams limit in different ways (token buckets, fixed and
 * sliding windows) and many count refused requests too. The reset header ("time until the limit is back
 * to its initial state") is the only thing they agree on, so we read it literally: everything the server
 * has counted so far comes back by now + reset, not a bit at a time. Each request keeps the tightest
 * such bound any answer gave it. That is exact for fixed windows, nearly exact for each request of a
 * sliding window (its own answer bounds it), and for a bucket it allows the same number of requests per
 * reset period — never a request the upstream would refuse, and so never a refusal that keeps its
 * window full.
 */
export interface WindowEntry {
  sentAt: number;
  expiresAt: number;
  weight: number;
  /** Its own answer arrived: the server has certainly counted it. */
  answered?: boolean;
}

export class SendWindow {
  /** The upstream's limit; Infinity while unknown. */
  limit: number;
  private entries: WindowEntry[] = [];
  /** Usage the server counts that we did not send (another app on the key, or ours before a restart). */
  private phantom = { weight: 0, expiresAt: 0 };
  private longestResetMs: number | null = null;

  /** A manual window has a fixed limit and period and ignores what servers report. */
  constructor(private readonly manual?: { limit: number; windowMs: number }) {
    this.limit = manual?.limit ?? Infinity;
  }

  get known(): boolean {
    return Number.isFinite(this.limit);
  }

  /** How long a request counts when no answer tells us (the longest reset seen; a minute at first). */
  get windowMs(): number {
    return this.manual?.windowMs ?? this.longestResetMs ?? 60_000;
  }

  private prune(now: number): void {
    if (this.entries.some((e) => e.expiresAt <= now)) this.entries = this.entries.filter((e) => e.expiresAt > now);
    if (this.phantom.expiresAt <= now) this.phantom.weight = 0;
  }

  used(now: number): number {
    this.prune(now);
    return this.entries.reduce((sum, e) => sum + e.weight, this.phantom.weight);
  }

  /** Milliseconds until `n` more fit (a request larger than the limit waits for an empty window). */
  waitFor(n: number, now: number): number {
    if (!this.known) return 0;
    let excess = this.used(now) + Math.min(n, this.limit) - this.limit;
    if (excess <= 0) return 0;
    const items = this.phantom.weight > 0 ? [...this.entries, this.phantom] : [...this.entries];
    items.sort((a, b) => a.expiresAt - b.expiresAt);
    for (const item of items) {
      excess -= item.weight;
      if (excess <= 0) return Math.max(1, Math.ceil(item.expiresAt - now));
    }
    return this.windowMs;
  }

  add(weight: number, now: number): WindowEntry {
    const entry = { sentAt: now, expiresAt: now + this.windowMs, weight };
    this.entries.push(entry);
    return entry;
  }

  remove(entry: WindowEntry): void {
    this.entries = this.entries.filter((e) => e !== entry);
  }

  /**
   * Adopts one answer's x-ratelimit-{limit,remaining,reset}; `entry` is the request it answered.
   * Requests sent at about the same time can reach the server in any order, so only the answered ones
   * are known to be counted: the reset bounds this request (for a sliding window, its own answer gives
   * the tightest bound), and the count corrects what the answered ones still use.
   */
  observe(entry: WindowEntry, limit: number, remaining: number, resetMs: number | null, now: number): void {
    if (this.manual || !(limit > 0) || !Number.isFinite(remaining)) return;
    this.limit = limit;
    this.prune(now);
    if (resetMs !== null) this.longestResetMs = Math.max(this.longestResetMs ?? 0, resetMs);
    const serverUsed = Math.max(0, limit - remaining);
    const expiresAt = now + (resetMs ?? this.windowMs);
    // Our guess at sending (sent + longest reset) ignores the way there; the server's bound does not.
    if (resetMs !== null) entry.expiresAt = expiresAt;
    entry.answered = true;
    // The server counts less than answered requests we still hold: the oldest have expired there.
    // (Remaining 0 says "at least the limit": refusals it counts can take it beyond.)
    const counted = remaining > 0 ? this.entries.filter((e) => e.answered) : [];
    let surplus = counted.reduce((sum, e) => sum + e.weight, 0) - serverUsed;
    for (const e of counted) {
      if (surplus <= 0) break;
      const cut = Math.min(e.weight, surplus);
      e.weight -= cut;
      surplus -= cut;
    }
    this.entries = this.entries.filter((e) => e.weight > 0 || e === entry);
    // It counts more than we have on the way or held: someone else uses the key (or we did, before a restart).
    const ours = this.entries.reduce((sum, e) => sum + e.weight, 0);
    this.phantom = { weight: Math.max(0, serverUsed - ours), expiresAt };
  }
}
