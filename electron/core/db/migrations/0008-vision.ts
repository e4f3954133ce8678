import type { Migration } from '../migrate';

/**
 * Image analysis: recipes, batches (with the Batch API's remote state so a restart resumes polling)
 * and one row per image, whose model answer and hand corrections are kept in separate columns.
 */
export const m0008Vision: Migration = {
  version: 8,
  name: 'vision',
  up(db) {
    db.exec(`
      CREATE TABLE vision_recipes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('describe', 'extract_text', 'tag', 'alt_text', 'inspect', 'fields')),
        prompt TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '[]',
        task TEXT NOT NULL CHECK (task IN ('extraction', 'judgement')),
        detail TEXT NOT NULL CHECK (detail IN ('low', 'high', 'auto', 'original')),
        expected_output_tokens INTEGER NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE vision_batches (
        id TEXT PRIMARY KEY,
        job_id TEXT,
        name TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'draft'
          CHECK (state IN ('draft', 'queued', 'running', 'waiting_network', 'paused', 'done', 'failed', 'cancelled', 'stopped_budget')),
        mode TEXT NOT NULL DEFAULT 'live' CHECK (mode IN ('live', 'batch_api')),
        recipe TEXT NOT NULL,
        provider_id TEXT,
        model TEXT,
        detail TEXT NOT NULL DEFAULT 'auto',
        budget_micros INTEGER,
        per_image_micros INTEGER,
        estimate_micros INTEGER,
        remote TEXT,
        summary TEXT,
        error TEXT,
        started_at TEXT,
        finished_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE vision_items (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES vision_batches (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        folder TEXT NOT NULL DEFAULT '',
        source_path TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        format TEXT,
        width INTEGER,
        height INTEGER,
        crop TEXT,
        thumb_hash TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', 'skipped')),
        error TEXT,
        sent_width INTEGER,
        sent_height INTEGER,
        sent_bytes INTEGER,
        est_image_tokens INTEGER,
        est_input_tokens INTEGER,
        input_tokens INTEGER,
        output_tokens INTEGER,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        cached INTEGER NOT NULL DEFAULT 0 CHECK (cached IN (0, 1)),
        request_id TEXT,
        model TEXT,
        latency_ms INTEGER,
        result TEXT,
        corrections TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL,
        UNIQUE (batch_id, idx)
      ) STRICT;
      CREATE INDEX vision_items_pending ON vision_items (batch_id, state, idx);
    `);
  },
};
