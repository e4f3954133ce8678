import type { Db } from '../connection';

/** Key → JSON value store for user settings. */
export function createSettingsRepo(db: Db) {
  const getStmt = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const allStmt = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const putStmt = db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  return {
    get<T>(key: string): T | undefined {
      const row = getStmt.get(key);
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    all(): Record<string, unknown> {
      return Object.fromEntries(allStmt.all().map((r) => [r.key, JSON.parse(r.value) as unknown]));
    },
    putMany: db.transaction((entries: Record<string, unknown>) => {
      const now = new Date().toISOString();
      for (const [key, value] of Object.entries(entries)) putStmt.run(key, JSON.stringify(value), now);
    }),
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
