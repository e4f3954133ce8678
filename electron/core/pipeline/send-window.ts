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
/** Beyond this many answers in force, the oldest are merged (keeps the window cheap at high rates). */
const MAX_FLOORS = 64;

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
  /**
   * What answers said: `used` was counted when the request sent at `sentAt` was answered, and is gone by
   * `until`. Holds usage we did not send (another app on the key, ours before a restart, refusals past
   * the limit), and keeps a bucket's slow refill honest: its reset grows with every later request.
   */
  private floors: Array<{ sentAt: number; used: number; until: number }> = [];
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

  /** Usage in force at time `at` (now or later): what we hold, or what an answer said plus what we sent since. */
  private usedAt(at: number): number {
    const live = this.entries.filter((e) => e.expiresAt > at);
    let used = live.reduce((sum, e) => sum + e.weight, 0);
    for (const f of this.floors) {
      if (f.until <= at) continue;
      used = Math.max(used, live.reduce((sum, e) => (e.sentAt > f.sentAt ? sum + e.weight : sum), f.used));
    }
    return used;
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
    const times = [...new Set([...this.entries.map((e) => e.expiresAt), ...this.floors.map((f) => f.until)])].sort((a, b) => a - b);
    for (const at of times) if (this.usedAt(at) + need <= this.limit) return Math.max(1, Math.ceil(at - now));
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
    // Answers can arrive out of the order the server wrote them, so no answer overrules another: each
    // holds until its own reset. One that says no more than another, for no longer, is dropped.
    const next = { sentAt: entry.sentAt, used: serverUsed, until: expiresAt };
    const covers = (a: typeof next, b: typeof next) => a.until >= b.until && a.used >= b.used && a.sentAt <= b.sentAt;
    if (!this.floors.some((f) => covers(f, next))) {
      this.floors = this.floors.filter((f) => !covers(next, f));
      this.floors.push(next);
    }
    if (this.floors.length > MAX_FLOORS) {
      // Merging two into one that says more, for longer, from earlier, only ever errs on the safe side.
      const [a, b] = this.floors.splice(0, 2) as [typeof next, typeof next];
      this.floors.unshift({ sentAt: Math.min(a.sentAt, b.sentAt), used: Math.max(a.used, b.used), until: Math.max(a.until, b.until) });
    }
  }
}
