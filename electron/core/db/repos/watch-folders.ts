import type { WatchFolder } from '../../../../shared/contract';
import type { Db } from '../connection';

export function createWatchFoldersRepo(db: Db) {
  const list = db.prepare<[], WatchFolder>('SELECT id, path, provider_id AS providerId, model, language FROM watch_folders ORDER BY path');
  const insert = db.prepare('INSERT INTO watch_folders (id, path, provider_id, model, language, created_at) VALUES (@id, @path, @providerId, @model, @language, @now)');
  const remove = db.prepare('DELETE FROM watch_folders WHERE id = ?');
  const seen = db.prepare<[string], { bytes: number; mtime_ms: number }>('SELECT bytes, mtime_ms FROM watched_files WHERE path = ?');
  const mark = db.prepare(
    'INSERT INTO watched_files (path, bytes, mtime_ms, recording_id) VALUES (?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET bytes = excluded.bytes, mtime_ms = excluded.mtime_ms, recording_id = excluded.recording_id',
  );
  return {
    list: () => list.all(),
    insert: (f: WatchFolder) => void insert.run({ ...f, now: new Date().toISOString() }),
    remove: (id: string) => remove.run(id).changes > 0,
    /** Whether this exact file (path, size, modification time) was already queued. */
    alreadyQueued: (path: string, bytes: number, mtimeMs: number) => {
      const r = seen.get(path);
      return r !== undefined && r.bytes === bytes && r.mtime_ms === Math.round(mtimeMs);
    },
    markQueued: (path: string, bytes: number, mtimeMs: number, recordingId: string | null) => void mark.run(path, bytes, Math.round(mtimeMs), recordingId),
  };
}
export type WatchFoldersRepo = ReturnType<typeof createWatchFoldersRepo>;
