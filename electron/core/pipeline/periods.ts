const pad = (n: number) => String(n).padStart(2, '0');

/** Local-time day and month keys: budgets reset at the user's midnight, not UTC's. */
export function periodKeys(date: Date): { day: string; month: string } {
  const month = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
  return { day: `${month}-${pad(date.getDate())}`, month };
}
