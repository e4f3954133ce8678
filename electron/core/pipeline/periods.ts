const pad = (n: number) => String(n).padStart(2, '0');

/** Local-time day and month keys: budgets reset at the user's midnight, not UTC's. */
export function periodKeys(date: Date): { day: string; month: string } {
  const month = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
  return { day: `${month}-${pad(date.getDate())}`, month };
}

let today: { start: number; end: number; keys: { day: string; month: string } } | null = null;

/**
 * The period keys of the instant `ms`, worked out once per local day: budgets and the ledger ask on every
 * request, and local-time fields cost a time-zone lookup each. The answer is shared: do not change it.
 */
export function periodKeysAt(ms: number): { day: string; month: string } {
  if (today && ms >= today.start && ms < today.end) return today.keys;
  const date = new Date(ms);
  const [y, m, d] = [date.getFullYear(), date.getMonth(), date.getDate()];
  today = { start: new Date(y, m, d).getTime(), end: new Date(y, m, d + 1).getTime(), keys: periodKeys(date) };
  return today.keys;
}
