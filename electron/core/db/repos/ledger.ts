import type { Modality } from '../../../../shared/policy';
import type { Db } from '../connection';

export type Billing = 'reported' | 'estimated' | 'none' | 'unknown_price';

export interface LedgerEntry {
  ts: string;
  day: string;
  month: string;
  requestId: string;
  attempt: number;
  scene: string;
  modality: Modality;
  providerId: string;
  model: string;
  operation: string;
  inputTokens: number;
  cachedTokens: number;
  outputTokens: number;
  images: number;
  audioSeconds: number;
  costMicros: number;
  savedMicros: number;
  billing: Billing;
  cached: boolean;
  fallback: boolean;
  latencyMs: number;
  /** 'ok' or an error code. */
  outcome: string;
  httpStatus: number | null;
}

export interface SpendFilter {
  period: 'day' | 'month';
  key: string;
  modality?: string;
  scene?: string;
}

const newestIds = new WeakMap<Db, { id: number | null }>();

/** The append-only usage ledger: one row per attempt, written once, never changed. */
export function createLedgerRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO ledger (ts, day, month, request_id, attempt, scene, modality, provider_id, model, operation, input_tokens, cached_tokens,
      output_tokens, images, audio_seconds, cost_micros, saved_micros, billing, cached, fallback, latency_ms, outcome, http_status)
    VALUES (@ts, @day, @month, @requestId, @attempt, @scene, @modality, @providerId, @model, @operation, @inputTokens, @cachedTokens,
      @outputTokens, @images, @audioSeconds, @costMicros, @savedMicros, @billing, @cached, @fallback, @latencyMs, @outcome, @httpStatus)`);
  const spendStatements = new Map<string, ReturnType<Db['prepare']>>();
  const spendStatement = (f: SpendFilter) => {
    const key = `${f.period}|${f.modality !== undefined}|${f.scene !== undefined}`;
    let stmt = spendStatements.get(key);
    if (!stmt) {
      const where = ['id > @after', 'id <= @through', `${f.period} = @key`, f.modality !== undefined ? 'modality = @modality' : null, f.scene !== undefined ? 'scene = @scene' : null];
      stmt = db.prepare(`SELECT COALESCE(SUM(cost_micros), 0) AS micros FROM ledger WHERE ${where.filter(Boolean).join(' AND ')}`);
      spendStatements.set(key, stmt);
    }
    return stmt;
  };
  const lastId = db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM ledger');
  // Budgets are checked before every request. The ledger is append-only (a trigger refuses deletes and
  // updates), so each total is kept with the last row it counted and only newer rows are summed: the check
  // stays constant-time however long the ledger grows. A row this repo appends right after the last one a
  // total counted is added to it in memory, so a check after it costs one MAX(id) and no sum. Inside an
  // open transaction nothing is remembered, since rows it wrote may still be rolled back (and their ids reused).
  const totals = new Map<string, { filter: SpendFilter; micros: number; through: number }>();
  const MAX_TOTALS = 256;
  const spentThrough = (filter: SpendFilter, through: number): number => {
    const cacheKey = `${filter.period}\u0000${filter.key}\u0000${filter.modality ?? ''}\u0001${filter.scene ?? ''}`;
    const known = totals.get(cacheKey);
    if (known && known.through === through) return known.micros;
    const after = known && known.through < through ? known.through : 0;
    const base = after > 0 ? known!.micros : 0;
    const row = spendStatement(filter).get({ ...filter, after, through }) as { micros: number };
    const micros = base + row.micros;
    if (!db.inTransaction) {
      if (totals.size >= MAX_TOTALS) totals.clear();
      totals.set(cacheKey, { filter, micros, through });
    }
    return micros;
  };
  const counts = (f: SpendFilter, e: LedgerEntry) =>
    (f.period === 'day' ? e.day : e.month) === f.key && (f.modality === undefined || f.modality === e.modality) && (f.scene === undefined || f.scene === e.scene);
  /** Row `id` (just committed, entry e) follows each total that counted up to the row before it. */
  const carry = (id: number, e: LedgerEntry) => {
    for (const t of totals.values()) {
      if (t.through !== id - 1) continue;
      t.through = id;
      if (counts(t.filter, e)) t.micros += e.costMicros;
    }
  };
  // The newest row's id, known in memory: this repo is the only writer of the ledger, and the app holds one
  // connection. Shared by every repo on the same connection; forgotten (read again) after a write inside a
  // transaction, which may still roll back. A budget check thus costs no query at all.
  const newest = newestIds.get(db) ?? newestIds.set(db, { id: null }).get(db)!;
  const latest = () => {
    if (newest.id !== null) return newest.id;
    const id = (lastId.get() as { id: number }).id;
    if (!db.inTransaction) newest.id = id;
    return id;
  };
  return {
    append(entry: LedgerEntry): number {
      const id = Number(insert.run({ ...entry, cached: entry.cached ? 1 : 0, fallback: entry.fallback ? 1 : 0 }).lastInsertRowid);
      if (db.inTransaction) {
        newest.id = null;
      } else {
        newest.id = id;
        carry(id, entry);
      }
      return id;
    },
    /** Micro-dollars spent in a day or month, optionally for one modality or scene. */
    spent: (filter: SpendFilter): number => spentThrough(filter, latest()),
    /** The same for several filters at once, against one reading of the ledger (what a budget check needs). */
    spentAll: (filters: readonly SpendFilter[]): number[] => {
      if (filters.length === 0) return [];
      const through = latest();
      return filters.map((f) => spentThrough(f, through));
    },
    forRequest(requestId: string): LedgerEntry[] {
      return (db.prepare('SELECT * FROM ledger WHERE request_id = ? ORDER BY id').all(requestId) as Record<string, unknown>[]).map(fromRow);
    },
  };
}
export type LedgerRepo = ReturnType<typeof createLedgerRepo>;

export function fromRow(r: Record<string, unknown>): LedgerEntry {
  return {
    ts: r.ts as string,
    day: r.day as string,
    month: r.month as string,
    requestId: r.request_id as string,
    attempt: r.attempt as number,
    scene: r.scene as string,
    modality: r.modality as Modality,
    providerId: r.provider_id as string,
    model: r.model as string,
    operation: r.operation as string,
    inputTokens: r.input_tokens as number,
    cachedTokens: r.cached_tokens as number,
    outputTokens: r.output_tokens as number,
    images: r.images as number,
    audioSeconds: r.audio_seconds as number,
    costMicros: r.cost_micros as number,
    savedMicros: r.saved_micros as number,
    billing: r.billing as Billing,
    cached: r.cached === 1,
    fallback: r.fallback === 1,
    latencyMs: r.latency_ms as number,
    outcome: r.outcome as string,
    httpStatus: (r.http_status as number | null) ?? null,
  };
}
