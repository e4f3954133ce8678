import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';
import type { SearchPlan } from '../fts';

/** A table searched through its word index and its trigram index (migration 0010). */
export interface FtsSource {
  /** The content table, aliased `t` in `select`, `joins` and `where`. */
  base: string;
  /** Its integer key, the FTS rowid. */
  key: string;
  /** The searched text column. */
  column: string;
  words: string;
  trigrams: string;
  select: string;
  /** Tables joined to `t`, without the JOIN keyword (each is joined with CROSS JOIN, see below). */
  joins: string[];
  where?: string;
}

/**
 * Newest matches first, driven by the most selective index the query has (trigram, else words, else a
 * newest-first scan for one- and two-character CJK terms alone); the other parts filter the driven rows.
 * FTS5 walks its index in rowid order without ranking every match, so LIMIT stops early on common terms.
 * Returns the rows with their full text (`text`) for the snippet. One prepared statement per query shape.
 */
export function createFtsSearch<R>(db: Db, src: FtsSource) {
  const statements = new Map<string, Statement<Record<string, unknown>, R & { text: string }>>();

  function statement(plan: SearchPlan) {
    const shape = `${plan.trigram ? 'T' : ''}${plan.words ? 'W' : ''}${plan.like.length}`;
    let st = statements.get(shape);
    if (st) return st;
    const driver = plan.trigram ? src.trigrams : plan.words ? src.words : null;
    const conditions: string[] = [];
    if (driver) conditions.push(`${driver} MATCH @${driver === src.trigrams ? 'trigram' : 'words'}`);
    if (plan.words && driver !== src.words) conditions.push(`t.${src.key} IN (SELECT rowid FROM ${src.words} WHERE ${src.words} MATCH @words)`);
    plan.like.forEach((_, i) => conditions.push(`t.${src.column} LIKE @like${i} ESCAPE '\\'`));
    if (src.where) conditions.push(src.where);
    // CROSS JOIN keeps the driver as the outer loop, walked newest first, so LIMIT stops the walk early.
    // (A plain JOIN let the planner start from an index on a joined table, e.g. conversations not deleted,
    // and sort every message it reached: a two-character CJK query read all 100k messages.)
    const from = driver ? `${driver} CROSS JOIN ${src.base} t ON t.${src.key} = ${driver}.rowid` : `${src.base} t`;
    st = db.prepare<Record<string, unknown>, R & { text: string }>(`
      SELECT ${src.select}, t.${src.column} AS text FROM ${from} ${src.joins.map((j) => `CROSS JOIN ${j}`).join(' ')}
      WHERE ${conditions.join(' AND ') || '1'}
      ORDER BY ${driver ? `${driver}.rowid` : `t.${src.key}`} DESC LIMIT @limit`);
    statements.set(shape, st);
    return st;
  }

  return (plan: SearchPlan, limit: number): (R & { text: string })[] => {
    const params: Record<string, unknown> = { limit };
    if (plan.trigram) params.trigram = plan.trigram;
    if (plan.words) params.words = plan.words;
    plan.like.forEach((p, i) => (params[`like${i}`] = p));
    return statement(plan).all(params);
  };
}
