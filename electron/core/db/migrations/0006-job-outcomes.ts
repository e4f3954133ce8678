import type { Migration } from '../migrate';

/**
 * Jobs gain the 'interrupted' outcome (work that must not be re-sent by itself after a crash), and
 * transcription chunks count their sends, so queue attempts and pipeline retries share one budget.
 */
export const m0006JobOutcomes: Migration = {
  version: 6,
  name: 'job-outcomes',
  up(db) {
    // SQLite cannot alter a CHECK constraint: rebuild the table with the same columns.
    db.exec(`
      CREATE TABLE jobs_next (
        id TEXT PRIMARY KEY,
        queue TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'waiting', 'paused', 'done', 'failed', 'cancelled', 'interrupted')),
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
      INSERT INTO jobs_next SELECT id, queue, state, priority, payload, result, error, attempts, wait_reason, next_run_at,
        lease_owner, lease_expires_at, progress, created_at, updated_at, started_at, finished_at FROM jobs;
      DROP TABLE jobs;
      ALTER TABLE jobs_next RENAME TO jobs;
      CREATE INDEX jobs_ready ON jobs (queue, state, priority DESC, created_at);

      ALTER TABLE recording_chunks ADD COLUMN sends INTEGER NOT NULL DEFAULT 0 CHECK (sends >= 0);
    `);
  },
};
