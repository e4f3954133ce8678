/**
 * Idle background work (warm-ups, preloads) asks here whether it may run now. Something the page must not
 * starve — a live meeting's microphone, whose audio thread shares the machine's cores with the page — holds
 * it off until released; the work waits and carries on afterwards.
 */
const holds = new Set<symbol>();

/** Holds idle background work off until the returned release is called (calling it twice is harmless). */
export function holdBackgroundWork(reason: string): () => void {
  const hold = Symbol(reason);
  holds.add(hold);
  return () => void holds.delete(hold);
}

/** Whether idle background work should wait (something holds it off). */
export function backgroundWorkHeld(): boolean {
  return holds.size > 0;
}

/** Asks again this often while background work is held off or the caller is busy. */
const HELD_RETRY_MS = 1000;
/** Runs idle work at the latest this long after it was asked for, idle or not. */
const IDLE_TIMEOUT_MS = 5000;

const idle = (run: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(run, 50));

/**
 * Runs `work` the next time the window is idle and nothing holds background work off (nor `busy` says
 * so, e.g. a reply streaming); until then it asks again every second.
 */
export function runWhenIdle(work: () => void, busy: () => boolean = () => false): void {
  const attempt = () => (backgroundWorkHeld() || busy() ? void setTimeout(() => idle(attempt), HELD_RETRY_MS) : work());
  idle(attempt);
}
