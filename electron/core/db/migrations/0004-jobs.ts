import type { Migration } from '../migrate';

/** The persisted job base every background queue stands on. */
export const m0004Jobs: Migration = {
  version: 4,
  name: 'jobs',
  up(db) {
    db.exec(`
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        queue TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'waiting', 'paused', 'done', 'failed', 'cancelled')),
        priority INTEGER NOT NULL DEFAULT 0,
        payload TEXT NOT NULL,
        result TEXT,
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        wait_reason TEXT CHECK (wait_reason IS NULL OR wait_reason IN ('network', 'backoff')),
        next_run_at INTEGER NOT NULL DEFAULT 0,
        lease_owner TEXT,
        lease_expires_at INTEGER,
        progress TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT
      ) STRICT;
      CREATE INDEX jobs_ready ON jobs (queue, state, priority DESC, created_at);

      CREATE TABLE queues (
        name TEXT PRIMARY KEY,
        paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1))
      ) STRICT;
    `);
  },
};
