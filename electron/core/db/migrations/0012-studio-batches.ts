import type { Migration } from '../migrate';

/**
 * Image studio runs through the Batch API: a batch collects generations (a draft until the user sends
 * it), keeps the provider's ids (input file, batch, output and error files) so a restart resumes
 * polling instead of sending again, and each generation knows the batch it belongs to.
 */
export const m0012StudioBatches: Migration = {
  version: 12,
  name: 'studio-batches',
  up(db) {
    db.exec(`
      CREATE TABLE studio_batches (
        id TEXT PRIMARY KEY,
        provider_id TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued', 'submitted', 'done', 'failed', 'cancelled')),
        job_id TEXT,
        remote TEXT,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT,
        finished_at TEXT
      ) STRICT;
      CREATE INDEX studio_batches_state ON studio_batches (state, created_at);
      ALTER TABLE studio_generations ADD COLUMN batch_id TEXT REFERENCES studio_batches (id);
      CREATE INDEX studio_generations_batch ON studio_generations (batch_id);
    `);
  },
};
