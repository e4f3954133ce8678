import type { Db } from '../connection';
import { KeyFilter } from '../key-filter';

export interface CacheEntry {
  key: string;
  scene: string;
  model: string;
  operation: string;
  payload: string;
  costMicros: number;
  bytes: number;
  createdAt: number;
  expiresAt: number;
}

/**
 * Stored model answers, evicted by expiry and least-recent use.
 *
 * Writes are behind: `put` keeps the entry in memory and the entries of one turn of the event loop are
 * written in one transaction right after it (setImmediate), so the SQLite commit is not part of the
 * request that produced the answer. Reads see pending entries, so a repeated request hits at once. A
 * crash can lose only entries not yet written, which costs one request sent again, never money
 * recorded: the ledger row of a billed call is written before the answer is returned, as before.
 */
export function createResponseCacheRepo(db: Db) {
  const get = db.prepare<[string], { payload: string; cost_micros: number; expires_at: number }>(
    'SELECT payload, cost_micros, expires_at FROM response_cache WHERE key = ?',
  );
  const touch = db.prepare('UPDATE response_cache SET last_used_at = ?, hits = hits + ? WHERE key = ?');
  const put = db.prepare(`
    INSERT INTO response_cache (key, scene, model, operation, payload, cost_micros, bytes, created_at, expires_at, last_used_at)
    VALUES (@key, @scene, @model, @operation, @payload, @costMicros, @bytes, @createdAt, @expiresAt, @lastUsedAt)
    ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, cost_micros = excluded.cost_micros, bytes = excluded.bytes,
      created_at = excluded.created_at, expires_at = excluded.expires_at, last_used_at = excluded.last_used_at`);
  const remove = db.prepare('DELETE FROM response_cache WHERE key = ?');
  const totalBytes = db.prepare<[], { total: number }>('SELECT COALESCE(SUM(bytes), 0) AS total FROM response_cache');
  const oldest = db.prepare<[], { key: string; bytes: number }>('SELECT key, bytes FROM response_cache ORDER BY last_used_at LIMIT 64');
  const expired = db.prepare('DELETE FROM response_cache WHERE expires_at <= ?');
  const stats = db.prepare<[], { entries: number; bytes: number; hits: number }>(
    'SELECT COUNT(*) AS entries, COALESCE(SUM(bytes), 0) AS bytes, COALESCE(SUM(hits), 0) AS hits FROM response_cache',
  );
  // A strictly increasing use stamp, so two uses within one millisecond still order correctly.
  let lastStamp = (db.prepare('SELECT COALESCE(MAX(last_used_at), 0) AS m FROM response_cache').get() as { m: number }).m;
  const stamp = (now: number) => (lastStamp = Math.max(now, lastStamp + 1));
  const pending = new Map<string, CacheEntry & { lastUsedAt: number; hits: number }>();
  // Most lookups miss (every new chat turn does): a filter of the stored keys answers those without reading
  // the table. It may say "maybe" for an absent key (a removed one, a collision), then the table decides.
  const allKeys = db.prepare<[], string>('SELECT key FROM response_cache').pluck();
  const filled = () => KeyFilter.of(allKeys.all());
  let stored = filled();
  let scheduled: NodeJS.Immediate | null = null;
  const evict = db.transaction((maxBytes: number, now: number): number => {
    let removed = expired.run(now).changes;
    let total = totalBytes.get()!.total;
    while (total > maxBytes) {
      const batch = oldest.all();
      if (batch.length === 0) break;
      for (const row of batch) {
        if (total <= maxBytes) break;
        remove.run(row.key);
        total -= row.bytes;
        removed++;
      }
    }
    return removed;
  });
  const writePending = db.transaction(() => {
    for (const entry of pending.values()) {
      put.run(entry);
      stored.add(entry.key);
      if (entry.hits > 0) touch.run(entry.lastUsedAt, entry.hits, entry.key);
    }
  });
  /** Writes pending entries now (before anything that reads or trims the table as a whole). */
  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    if (pending.size === 0) return;
    try {
      // A database closed in the meantime (shutdown, a test's teardown) takes nothing: the entries were a cache.
      if (db.open) writePending();
    } catch {
      // Neither can a failed write (a full disk): the answer was delivered, and the ledger write reports the disk.
    } finally {
      pending.clear();
    }
  };
  return {
    /** The live entry for key, or undefined (an expired one is removed). */
    hit(key: string, now: number): { payload: string; costMicros: number } | undefined {
      const waiting = pending.get(key);
      if (waiting) {
        if (waiting.expiresAt <= now) {
          pending.delete(key);
          return undefined;
        }
        waiting.lastUsedAt = stamp(now);
        waiting.hits++;
        return { payload: waiting.payload, costMicros: waiting.costMicros };
      }
      if (!stored.mayHave(key)) return undefined;
      const row = get.get(key);
      if (!row) return undefined;
      if (row.expires_at <= now) {
        remove.run(key);
        return undefined;
      }
      touch.run(stamp(now), 1, key);
      return { payload: row.payload, costMicros: row.cost_micros };
    },
    /** Stores an answer (written right after this turn of the event loop; see above). */
    put(entry: CacheEntry): void {
      pending.delete(entry.key); // re-inserted last, so the write order follows the put order
      pending.set(entry.key, { ...entry, lastUsedAt: stamp(entry.createdAt), hits: 0 });
      scheduled ??= setImmediate(flush);
    },
    flush,
    /** Drops expired entries, then least-recently-used ones until the total fits maxBytes. */
    evict: (maxBytes: number, now: number): number => {
      flush();
      return evict(maxBytes, now);
    },
    clear: () => {
      flush();
      const removed = db.prepare('DELETE FROM response_cache').run().changes;
      stored = filled();
      return removed;
    },
    stats: () => {
      flush();
      return stats.get()!;
    },
  };
}
export type ResponseCacheRepo = ReturnType<typeof createResponseCacheRepo>;

