import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection';
import type { SearchPlan } from '../fts';

/** A table searched through its word index, its trigram index (migration 0010) and its unit index (0013). */
export interface FtsSource {
  /** The content table, aliased `t` in `select`, `joins` and `where`. */
  base: string;
  /** Its integer key, the FTS rowid. */
  key: string;
  /** The searched text column. */
  column: string;
  words: string;
  trigrams: string;
  /** One token per CJK character: phrases of one or two characters (see searchUnits). */
  units: string;
  select: string;
  /** Tables joined to `t`, without the JOIN keyword (each is joined with CROSS JOIN, see below). */
  joins: string[];
  where?: string;
}

/** A query's matches in one index are counted up to this many, to pick the index that drives. */
const PROBE_ROWS = 1000;

interface Part {
  index: string;
  param: 'trigram' | 'words' | 'units';
  query: string;
}

/**
 * Newest matches first, driven by the most selective index part of the query (trigram, words or units),
 * else a newest-first scan for a short term mixing CJK and other characters, alone. When the query has
 * parts in several indexes, each one's matches are counted (up to PROBE_ROWS) and the smallest drives; the
 * others check each driven row by its rowid. (Driven by "the" with a rare CJK pair as the filter, a
 * zero-hit query walked every message with "the" in it; reading every match of the filter into a set
 * first cost as much the other way round.)
 * FTS5 walks its index in rowid order without ranking every match, so LIMIT stops early on common terms.
 * Returns the rows with their full text (`text`) for the snippet. One prepared statement per query shape.
 */
export function createFtsSearch<R>(db: Db, src: FtsSource) {
  const statements = new Map<string, Statement<Record<string, unknown>, R & { text: string }>>();
  const probes = new Map<string, Statement<[string], { n: number }>>();

  function matches(index: string, query: string): number {
    let st = probes.get(index);
    if (!st) {
      st = db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${index} WHERE ${index} MATCH ? LIMIT ${PROBE_ROWS})`);
      probes.set(index, st);
    }
    return st.get(query)!.n;
  }

  function statement(parts: Part[], likes: number) {
    const shape = `${parts.map((p) => p.param).join(',')}|${likes}`;
    let st = statements.get(shape);
    if (st) return st;
    const driver = parts[0]?.index ?? null;
    const conditions: string[] = [];
    for (const [i, p] of parts.entries()) {
      conditions.push(i === 0 ? `${p.index} MATCH @${p.param}` : `EXISTS (SELECT 1 FROM ${p.index} WHERE ${p.index} MATCH @${p.param} AND ${p.index}.rowid = t.${src.key})`);
    }
    for (let i = 0; i < likes; i++) conditions.push(`t.${src.column} LIKE @like${i} ESCAPE '\\'`);
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
    const parts: Part[] = [];
    if (plan.trigram) parts.push({ index: src.trigrams, param: 'trigram', query: plan.trigram });
    if (plan.words) parts.push({ index: src.words, param: 'words', query: plan.words });
    if (plan.units) parts.push({ index: src.units, param: 'units', query: plan.units });
    if (parts.length > 1) {
      const size = new Map(parts.map((p) => [p, matches(p.index, p.query)]));
      parts.sort((a, b) => size.get(a)! - size.get(b)!); // stable: on a tie, trigram before words before units
    }
    const params: Record<string, unknown> = { limit };
    for (const p of parts) params[p.param] = p.query;
    plan.like.forEach((p, i) => (params[`like${i}`] = p));
    return statement(parts, plan.like.length).all(params);
  };
}
