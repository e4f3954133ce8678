/**
 * Work that may block the core's thread for a while (loading the tokenizer's tables: ~0.2–0.5 s) is best
 * done when no page is waiting for an answer. Right after start-up is the worst moment: the window's first
 * screen sends its first calls then. A quiet watch runs such work once a page has called and the calls
 * have then been quiet for a moment, or at a latest time after start when no page ever calls.
 */
export interface QuietWatch {
  /** A call arrived (from any page). */
  noteCall(): void;
  /** Runs `work` once, at the first quiet moment after the first call (or at the latest time). */
  whenQuiet(work: () => void): void;
}

export const QUIET_MS = 400;
export const QUIET_LATEST_MS = 6_000;

export function createQuietWatch(opts: { quietMs?: number; latestMs?: number; now?: () => number } = {}): QuietWatch {
  const quietMs = opts.quietMs ?? QUIET_MS;
  const now = opts.now ?? (() => performance.now());
  const latest = now() + (opts.latestMs ?? QUIET_LATEST_MS);
  let lastCall: number | null = null;
  const waiting: (() => void)[] = [];
  let timer: NodeJS.Timeout | null = null;

  const due = (): number => Math.min(latest, lastCall === null ? latest : lastCall + quietMs);
  const check = () => {
    timer = null;
    if (now() < due()) return void arm();
    for (const work of waiting.splice(0)) work();
  };
  const arm = () => {
    if (timer || waiting.length === 0) return;
    timer = setTimeout(check, Math.max(0, due() - now()));
    timer.unref();
  };
  return {
    noteCall() {
      lastCall = now();
      if (!timer) return;
      clearTimeout(timer); // due sooner than the latest time it was set for, or later than the last quiet moment
      timer = null;
      arm();
    },
    whenQuiet(work) {
      waiting.push(work);
      arm();
    },
  };
}
