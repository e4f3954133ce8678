/**
 * One upstream limit (requests or tokens) as a log of what we sent, each entry counting until the time
 * the server says its usage is gone, plus what answers said others use.
 *
 * Why a log and not a refilling bucket: upstreams limit in different ways (token buckets, fixed and
 * sliding windows) and many count refused requests too. The reset header ("time until the limit is back
 * to its initial state") is the only thing they agree on, so we read it literally for the request it
 * answered: what the server counted for it is gone by answer time + reset. That is exact for a fixed
 * window (everything leaves at its end), an upper bound for each request of a sliding window (its own
 * answer's reset ends after the request leaves), and exact for a token bucket (the answer to the k-th
 * request of a burst says "full in k ÷ rate", which is when that request's token is back).
 *
 * A request on its way counts until its answer comes (however long that takes: a loaded machine can
 * take seconds to read an answer, and a guess that runs out early sends requests the server refuses).
 *
 * What the server counts beyond our own requests (another app on the same key, ours before a restart)
 * is the excess of an answer's count over every request we hold, and holds until that answer's reset.
 * Counting the requests still on their way as already counted never counts one of ours twice, so the
 * window fills up to the limit and no further.
 */
/** Beyond this many excess records in force, the oldest are merged (keeps the window cheap at high rates). */
const MAX_FLOORS = 64;

export interface WindowEntry {
  sentAt: number;
  /** Infinity while on its way: it counts until its answer says how long it still does. */
  expiresAt: number;
  weight: number;
  /** Its own answer arrived: the server has certainly counted it. */
  answered?: boolean;
}

export class SendWindow {
  /** The upstream's limit; Infinity while unknown. */
  limit: number;
  private entries: WindowEntry[] = [];
  /** Usage the server reported beyond everything we held at the time, gone by `until`. */
  private floors: Array<{ excess: number; until: number }> = [];
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
    if (this.floors.some((f) => f.until <= now)) this.floors = this.floors.filter((f) => f.until > now);
  }

  /** Usage in force at time `at` (now or later): what we hold, plus the largest excess still in force. */
  private usedAt(at: number): number {
    let used = 0;
    for (const e of this.entries) if (e.expiresAt > at) used += e.weight;
    let excess = 0;
    for (const f of this.floors) if (f.until > at) excess = Math.max(excess, f.excess);
    return used + excess;
  }

  used(now: number): number {
    this.prune(now);
    return this.usedAt(now);
  }

  /** Milliseconds until `n` more fit (a request larger than the limit waits for an empty window). */
  waitFor(n: number, now: number): number {
    if (!this.known) return 0;
    const need = Math.min(n, this.limit);
    if (this.used(now) + need <= this.limit) return 0;
    const times = [...new Set([...this.entries.map((e) => e.expiresAt), ...this.floors.map((f) => f.until)])].filter(Number.isFinite).sort((a, b) => a - b);
    for (const at of times) if (this.usedAt(at) + need <= this.limit) return Math.max(1, Math.ceil(at - now));
    // Only requests still on their way stand in the way: their answers wake the queue.
    return this.windowMs;
  }

  add(weight: number, now: number): WindowEntry {
    const entry = { sentAt: now, expiresAt: this.manual ? now + this.manual.windowMs : Infinity, weight };
    this.entries.push(entry);
    return entry;
  }

  remove(entry: WindowEntry): void {
    this.entries = this.entries.filter((e) => e !== entry);
  }

  /** The request ended without an answer that said how long it counts: it counts for the longest reset seen. */
  settled(entry: WindowEntry, now: number): void {
    if (entry.expiresAt === Infinity) entry.expiresAt = now + this.windowMs;
  }

  /**
   * Adopts one answer's x-ratelimit-{limit,remaining,reset}; `entry` is the request it answered.
   * (Remaining 0 says "at least the limit": refusals it counts can take it beyond.)
   */
  observe(entry: WindowEntry, limit: number, remaining: number, resetMs: number | null, now: number): void {
    if (this.manual || !(limit > 0) || !Number.isFinite(remaining)) return;
    this.limit = limit;
    this.prune(now);
    if (resetMs !== null) this.longestResetMs = Math.max(this.longestResetMs ?? 0, resetMs);
    const serverUsed = Math.max(0, limit - remaining);
    const until = now + (resetMs ?? this.windowMs);
    entry.expiresAt = until;
    entry.answered = true;
    // The server counts less than the answered requests we still hold: the oldest have left there.
    const counted = remaining > 0 ? this.entries.filter((e) => e.answered) : [];
    let surplus = counted.reduce((sum, e) => sum + e.weight, 0) - serverUsed;
    for (const e of counted) {
      if (surplus <= 0) break;
      const cut = Math.min(e.weight, surplus);
      e.weight -= cut;
      surplus -= cut;
    }
    this.entries = this.entries.filter((e) => e.weight > 0 || e === entry);
    // Whatever it counts beyond all we hold (on the way included) is someone else's, until this reset.
    const held = this.entries.reduce((sum, e) => sum + e.weight, 0);
    const excess = serverUsed - held;
    if (excess <= 0) return;
    const next = { excess, until };
    const covers = (a: typeof next, b: typeof next) => a.until >= b.until && a.excess >= b.excess;
    if (this.floors.some((f) => covers(f, next))) return;
    this.floors = this.floors.filter((f) => !covers(next, f));
    this.floors.push(next);
    if (this.floors.length > MAX_FLOORS) {
      // Merging two into one that says more, for longer, only ever errs on the safe side.
      const [a, b] = this.floors.splice(0, 2) as [typeof next, typeof next];
      this.floors.unshift({ excess: Math.max(a.excess, b.excess), until: Math.max(a.until, b.until) });
    }
  }
}
