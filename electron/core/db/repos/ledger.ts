import fs from 'node:fs';
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

const INSERT_SQL = `
    INSERT INTO ledger (ts, day, month, request_id, attempt, scene, modality, provider_id, model, operation, input_tokens, cached_tokens,
      output_tokens, images, audio_seconds, cost_micros, saved_micros, billing, cached, fallback, latency_ms, outcome, http_status)
    VALUES (@ts, @day, @month, @requestId, @attempt, @scene, @modality, @providerId, @model, @operation, @inputTokens, @cachedTokens,
      @outputTokens, @images, @audioSeconds, @costMicros, @savedMicros, @billing, @cached, @fallback, @latencyMs, @outcome, @httpStatus)`;
const asRow = (entry: LedgerEntry) => ({ ...entry, cached: entry.cached ? 1 : 0, fallback: entry.fallback ? 1 : 0 });

/** The journal's file beside the database (none for an in-memory one). */
export const journalPath = (db: Db): string | null => (db.memory ? null : `${db.name}-ledger`);

/**
 * Committed rows the journal keeps before it is emptied: emptying it after every commit made the next
 * append allocate the file's first block again (a slower write inside the request). Replay skips them.
 */
const JOURNAL_ROWS_KEPT = 256;

/**
 * Rows written behind (see `appendBehind`). One per connection, shared by every ledger repo on it.
 *
 * A row is made durable at once by one append to a journal file beside the database (a single write, in
 * the kernel before the call returns, so it survives kill -9 as a SQLite commit with synchronous=NORMAL
 * does), and inserted with the turn's other rows in one transaction right after the turn; the journal is
 * emptied only after that commit (once every JOURNAL_ROWS_KEPT rows, and at close). Opening the database
 * replays what a crash left in the journal, skipping rows the table already has (committed before the
 * journal was emptied), so a row is neither lost nor counted twice.
 */
class LedgerJournal {
  /** Rows journaled but not yet in the table, oldest first. */
  readonly pending: LedgerEntry[] = [];
  private readonly fd: number | null;
  /** Rows in the journal (committed or not) since it was last emptied. */
  private written = 0;
  private scheduled: NodeJS.Immediate | null = null;
  private retry: NodeJS.Timeout | null = null;
  private readonly insert: ReturnType<Db['prepare']>;
  private readonly inserted = new Set<(id: number, entry: LedgerEntry) => void>();

  constructor(private readonly db: Db) {
    this.insert = db.prepare(INSERT_SQL);
    const file = journalPath(db);
    this.fd = file === null ? null : fs.openSync(file, 'a+');
    if (this.fd !== null) this.replay(this.fd);
    const close = db.close.bind(db);
    db.close = () => {
      this.flush();
      if (this.fd !== null) {
        if (this.pending.length === 0) fs.ftruncateSync(this.fd, 0);
        fs.closeSync(this.fd);
      }
      return close();
    };
  }

  /** Told of every row this journal inserts, with its id, once its transaction committed. */
  onInserted(fn: (id: number, entry: LedgerEntry) => void): void {
    this.inserted.add(fn);
  }

  add(entry: LedgerEntry): void {
    if (this.fd !== null) fs.writeSync(this.fd, `${JSON.stringify(entry)}\n`);
    this.pending.push(entry);
    this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Inserts pending rows now (before anything reads the table). A failure keeps them journaled and pending. */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    if (this.retry) clearTimeout(this.retry);
    this.scheduled = this.retry = null;
    if (this.pending.length === 0 || !this.db.open) return;
    if (this.db.inTransaction) {
      // Not inside someone else's transaction, which may roll back: right after it.
      this.scheduled = setImmediate(() => this.flush());
      return;
    }
    const rows = this.pending.splice(0);
    let ids: number[];
    try {
      ids = this.db.transaction(() => rows.map((e) => Number(this.insert.run(asRow(e)).lastInsertRowid)))();
    } catch {
      // A full disk: the rows are in the journal and stay pending (counted by budgets); tried again shortly.
      this.pending.unshift(...rows);
      this.retry = setTimeout(() => this.flush(), 1000).unref();
      return;
    }
    this.written += rows.length;
    if (this.fd !== null && this.written >= JOURNAL_ROWS_KEPT) {
      fs.ftruncateSync(this.fd, 0);
      this.written = 0;
    }
    rows.forEach((e, i) => this.inserted.forEach((fn) => fn(ids[i]!, e)));
  }

  /** Rows a crash left in the journal go into the table, unless a commit got them there already. */
  private replay(fd: number): void {
    const text = fs.readFileSync(fd, 'utf8');
    if (text === '') return;
    const exists = this.db.prepare('SELECT 1 FROM ledger WHERE request_id = ? AND attempt = ? AND ts = ? AND cost_micros = ? AND outcome = ?').pluck();
    const rows: LedgerEntry[] = [];
    for (const line of text.split('\n')) {
      try {
        if (line) rows.push(JSON.parse(line) as LedgerEntry);
      } catch {
        // A line torn by a power loss mid-write: that row was never durable, like an unsynced commit.
      }
    }
    this.db.transaction(() => {
      for (const e of rows) if (!exists.get(e.requestId, e.attempt, e.ts, e.costMicros, e.outcome)) this.insert.run(asRow(e));
    })();
    fs.ftruncateSync(fd, 0);
  }
}

const journals = new WeakMap<Db, LedgerJournal>();
const journalOf = (db: Db): LedgerJournal => journals.get(db) ?? journals.set(db, new LedgerJournal(db)).get(db)!;

/** Inserts the ledger rows written behind on this connection, before a query reads the table. */
export function flushLedger(db: Db): void {
  journals.get(db)?.flush();
}

/** The append-only usage ledger: one row per attempt, written once, never changed. */
export function createLedgerRepo(db: Db) {
  const insert = db.prepare(INSERT_SQL);
  const journal = journalOf(db);
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
  const committed = (id: number, entry: LedgerEntry) => {
    newest.id = id;
    carry(id, entry);
  };
  journal.onInserted(committed);
  /** Rows written behind and not yet in the table count as spent too. */
  const pendingMicros = (f: SpendFilter) => {
    let micros = 0;
    for (const e of journal.pending) if (counts(f, e)) micros += e.costMicros;
    return micros;
  };
  return {
    /** Inserts a row now (inside the caller's transaction, if one is open: billing that must commit with other state). */
    append(entry: LedgerEntry): number {
      const id = Number(insert.run(asRow(entry)).lastInsertRowid);
      if (db.inTransaction) newest.id = null;
      else committed(id, entry);
      return id;
    },
    /**
     * Records a row that must survive a crash but need not be in the table before the caller goes on (a
     * model call's attempt): journaled at once, inserted right after this turn of the event loop (see
     * LedgerJournal). Budgets count it at once; `forRequest` and the usage queries flush first.
     */
    appendBehind(entry: LedgerEntry): void {
      journal.add(entry);
    },
    /** Micro-dollars spent in a day or month, optionally for one modality or scene. */
    spent: (filter: SpendFilter): number => spentThrough(filter, latest()) + pendingMicros(filter),
    /** The same for several filters at once, against one reading of the ledger (what a budget check needs). */
    spentAll: (filters: readonly SpendFilter[]): number[] => {
      if (filters.length === 0) return [];
      const through = latest();
      return filters.map((f) => spentThrough(f, through) + pendingMicros(f));
    },
    forRequest(requestId: string): LedgerEntry[] {
      journal.flush();
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
