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
