import type { UsageBucket, UsageRow } from '../../../../shared/contract';
import type { Db } from '../connection';
import { flushLedger, fromRow, type LedgerEntry } from './ledger';

const GROUPS = { day: 'day', model: 'model', scene: 'scene', modality: 'modality' } as const;
export type UsageGroup = keyof typeof GROUPS;

/** Read-only reports over the ledger for the Usage screen and CSV export (rows written behind are inserted first). */
export function createUsageQueries(db: Db) {
  const grouped = Object.fromEntries(
    Object.entries(GROUPS).map(([name, column]) => [
      name,
      db.prepare<{ from: string; to: string }, UsageBucket>(`
        SELECT ${column} AS key, SUM(cost_micros) AS costMicros, SUM(saved_micros) AS savedMicros,
          SUM(input_tokens) AS inputTokens, SUM(output_tokens) AS outputTokens, COUNT(DISTINCT request_id) AS requests
        FROM ledger WHERE day BETWEEN @from AND @to GROUP BY ${column} ORDER BY ${name === 'day' ? 'key' : 'costMicros DESC, key'}`),
    ]),
  ) as Record<UsageGroup, ReturnType<Db['prepare']>>;
  const dayModality = db.prepare<{ from: string; to: string }, UsageBucket & { day: string }>(`
    SELECT day, modality AS key, SUM(cost_micros) AS costMicros, SUM(saved_micros) AS savedMicros,
      SUM(input_tokens) AS inputTokens, SUM(output_tokens) AS outputTokens, COUNT(DISTINCT request_id) AS requests
    FROM ledger WHERE day BETWEEN @from AND @to GROUP BY day, modality ORDER BY day, modality`);
  const totals = db.prepare(`
    SELECT COALESCE(SUM(cost_micros), 0) AS costMicros, COALESCE(SUM(saved_micros), 0) AS savedMicros,
      COUNT(DISTINCT request_id) AS requests, COUNT(*) AS attempts, COALESCE(SUM(input_tokens), 0) AS inputTokens,
      COALESCE(SUM(output_tokens), 0) AS outputTokens, COALESCE(SUM(cached), 0) AS cacheHits,
      COALESCE(SUM(CASE WHEN outcome NOT IN ('ok', 'stopped', 'cancelled') THEN 1 ELSE 0 END), 0) AS failures
    FROM ledger WHERE day BETWEEN @from AND @to`);
  const expensive = db.prepare(`
    SELECT MIN(ts) AS ts, request_id AS requestId, scene, modality,
      (SELECT model FROM ledger l3 WHERE l3.request_id = ledger.request_id ORDER BY id DESC LIMIT 1) AS model, SUM(cost_micros) AS costMicros,
      SUM(input_tokens) AS inputTokens, SUM(output_tokens) AS outputTokens, SUM(latency_ms) AS latencyMs,
      (SELECT outcome FROM ledger l2 WHERE l2.request_id = ledger.request_id ORDER BY id DESC LIMIT 1) AS outcome,
      MAX(cached) AS cached, MAX(fallback) AS fallback
    FROM ledger WHERE day BETWEEN @from AND @to GROUP BY request_id ORDER BY costMicros DESC, ts DESC LIMIT @limit`);
  const rows = db.prepare('SELECT * FROM ledger WHERE day BETWEEN @from AND @to ORDER BY id');
  const fresh = <T>(query: () => T): T => {
    flushLedger(db);
    return query();
  };
  return {
    grouped: (by: UsageGroup, from: string, to: string) => fresh(() => grouped[by].all({ from, to }) as UsageBucket[]),
    byDayModality: (from: string, to: string) => fresh(() => dayModality.all({ from, to })),
    totals: (from: string, to: string) =>
      fresh(() => totals.get({ from, to })) as { costMicros: number; savedMicros: number; requests: number; attempts: number; inputTokens: number; outputTokens: number; cacheHits: number; failures: number },
    mostExpensive: (from: string, to: string, limit = 10): UsageRow[] =>
      (fresh(() => expensive.all({ from, to, limit })) as (Omit<UsageRow, 'cached' | 'fallback'> & { cached: number; fallback: number })[]).map((r) => ({
        ...r,
        cached: r.cached === 1,
        fallback: r.fallback === 1,
      })),
    *entries(from: string, to: string): Generator<LedgerEntry> {
      flushLedger(db);
      for (const r of rows.iterate({ from, to })) yield fromRow(r as Record<string, unknown>);
    },
  };
}
export type UsageQueries = ReturnType<typeof createUsageQueries>;
