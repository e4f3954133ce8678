/** Evidence that a (global) label of the earlier chunk and a label of the later chunk are one person. */
export interface LabelPair {
  prev: string | null;
  next: string | null;
  weightMs: number;
}

/** The n-th anonymous speaker label: A…Z, then "Speaker 27"… */
const labelAt = (n: number) => (n < 26 ? String.fromCharCode(65 + n) : `Speaker ${n + 1}`);

/**
 * Maps one chunk's speaker labels to labels for the whole recording. The diarizing model names
 * speakers per chunk ("A", "B"…), so the same letter in two chunks need not be the same person:
 * - a label that is a known speaker's name (from a reference clip) is that person everywhere;
 * - otherwise the strongest agreement in the overlap wins, one-to-one (each earlier label at most once);
 * - a label with no evidence keeps its letter when no one else in this chunk took it, else it takes an
 *   earlier speaker no one in this chunk matched (the same people usually go on talking), else it is a
 *   new speaker. Without overlap speech or reference clips these are guesses: give known speakers' clips
 *   for long recordings.
 * `used` collects every label given so far, so new speakers never collide with earlier ones.
 */
export function matchSpeakers(input: { local: (string | null)[]; evidence: LabelPair[]; known: readonly string[]; used: Set<string>; first: boolean }): Map<string, string> {
  const known = new Set(input.known);
  const local = input.local.filter((l): l is string => l !== null);
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const give = (from: string, to: string) => {
    map.set(from, to);
    taken.add(to);
    input.used.add(to);
  };
  for (const l of local) if (known.has(l) || input.first) give(l, l);
  const weights = new Map<string, { prev: string; next: string; weightMs: number }>();
  for (const e of input.evidence) {
    if (e.prev === null || e.next === null || map.has(e.next)) continue;
    const key = `${e.prev}\u0000${e.next}`;
    const w = weights.get(key) ?? { prev: e.prev, next: e.next, weightMs: 0 };
    w.weightMs += e.weightMs;
    weights.set(key, w);
  }
  for (const w of [...weights.values()].sort((a, b) => b.weightMs - a.weightMs)) {
    if (!map.has(w.next) && !taken.has(w.prev)) give(w.next, w.prev);
  }
  for (const l of local) {
    if (map.has(l)) continue;
    const earlier = [...input.used].find((g) => !taken.has(g) && !known.has(g));
    if (!taken.has(l)) give(l, l);
    else if (earlier !== undefined) give(l, earlier);
    else {
      let n = 0;
      while (input.used.has(labelAt(n)) || known.has(labelAt(n))) n++;
      give(l, labelAt(n));
    }
  }
  return map;
}
