import type { Db } from '../connection';

export interface MediaRow {
  hash: string;
  mime: string;
  bytes: number;
  originalName: string | null;
  width?: number | null;
  height?: number | null;
  createdAt: string;
}

export function createMediaRepo(db: Db) {
  const get = db.prepare<[string], { hash: string; mime: string; bytes: number; original_name: string | null; width: number | null; height: number | null; created_at: string }>(
    'SELECT * FROM media WHERE hash = ?',
  );
  const insert = db.prepare('INSERT OR IGNORE INTO media (hash, mime, bytes, original_name, width, height, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  return {
    get(hash: string): MediaRow | undefined {
      const r = get.get(hash);
      return r && { hash: r.hash, mime: r.mime, bytes: r.bytes, originalName: r.original_name, width: r.width, height: r.height, createdAt: r.created_at };
    },
    remove: (hash: string) => void db.prepare('DELETE FROM media WHERE hash = ?').run(hash),
    insert: (row: MediaRow) => void insert.run(row.hash, row.mime, row.bytes, row.originalName, row.width ?? null, row.height ?? null, row.createdAt),
  };
}
export type MediaRepo = ReturnType<typeof createMediaRepo>;
