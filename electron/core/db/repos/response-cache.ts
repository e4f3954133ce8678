import type { Db } from '../connection';

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

/** Stored model answers, evicted by expiry and least-recent use. */
export function createResponseCacheRepo(db: Db) {
  const get = db.prepare<[string], { payload: string; cost_micros: number; expires_at: number }>(
    'SELECT payload, cost_micros, expires_at FROM response_cache WHERE key = ?',
  );
  const touch = db.prepare('UPDATE response_cache SET last_used_at = ?, hits = hits + 1 WHERE key = ?');
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
  return {
    /** The live entry for key, or undefined (an expired one is removed). */
    hit(key: string, now: number): { payload: string; costMicros: number } | undefined {
      const row = get.get(key);
      if (!row) return undefined;
      if (row.expires_at <= now) {
        remove.run(key);
        return undefined;
      }
      touch.run(stamp(now), key);
      return { payload: row.payload, costMicros: row.cost_micros };
    },
    put: (entry: CacheEntry) => void put.run({ ...entry, createdAt: entry.createdAt, lastUsedAt: stamp(entry.createdAt) }),
    /** Drops expired entries, then least-recently-used ones until the total fits maxBytes. */
    evict: db.transaction((maxBytes: number, now: number): number => {
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
    }),
    clear: () => db.prepare('DELETE FROM response_cache').run().changes,
    stats: () => stats.get()!,
  };
}
export type ResponseCacheRepo = ReturnType<typeof createResponseCacheRepo>;
