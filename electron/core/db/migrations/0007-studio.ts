import type { Migration } from '../migrate';

/**
 * Image studio: generations (one request each) and their outputs, review state with an append-only
 * audit trail (triggers refuse UPDATE and DELETE), full-text search over prompts and notes,
 * templates with immutable versions, brand profiles with local compliance rules, and boards.
 */
export const m0007Studio: Migration = {
  version: 7,
  name: 'studio',
  up(db) {
    db.exec(`
      CREATE TABLE studio_generations (
        id TEXT PRIMARY KEY,
        job_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('generate', 'edit')),
        provider_id TEXT NOT NULL,
        model TEXT NOT NULL,
        prompt TEXT NOT NULL,
        params TEXT NOT NULL,
        inputs TEXT NOT NULL DEFAULT '[]',
        mask_hash TEXT,
        edited_from TEXT,
        variation_of TEXT,
        template_id TEXT,
        template_version INTEGER,
        template_values TEXT,
        brand_id TEXT,
        board_id TEXT,
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
        estimate_micros INTEGER,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        request_id TEXT,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX studio_generations_state ON studio_generations (state, created_at);

      CREATE TABLE studio_outputs (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        generation_id TEXT NOT NULL REFERENCES studio_generations (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        hash TEXT NOT NULL,
        preview_hash TEXT NOT NULL,
        thumb_hash TEXT NOT NULL,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'review' CHECK (state IN ('review', 'rejected', 'approved')),
        starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        check_state TEXT NOT NULL DEFAULT 'pending' CHECK (check_state IN ('pending', 'passed', 'failed', 'error')),
        check_result TEXT,
        board_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (generation_id, idx)
      ) STRICT;
      CREATE INDEX studio_outputs_state ON studio_outputs (state, created_at);
      CREATE VIRTUAL TABLE studio_fts USING fts5 (prompt, notes, tokenize = 'unicode61 remove_diacritics 2');

      CREATE TABLE studio_audit (
        id INTEGER PRIMARY KEY,
        output_id TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        from_state TEXT,
        to_state TEXT,
        reason TEXT,
        details TEXT
      ) STRICT;
      CREATE INDEX studio_audit_output ON studio_audit (output_id, id);
      CREATE TRIGGER studio_audit_no_update BEFORE UPDATE ON studio_audit BEGIN
        SELECT RAISE(ABORT, 'studio_audit is append-only');
      END;
      CREATE TRIGGER studio_audit_no_delete BEFORE DELETE ON studio_audit BEGIN
        SELECT RAISE(ABORT, 'studio_audit is append-only');
      END;

      CREATE TABLE studio_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        group_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE studio_template_versions (
        template_id TEXT NOT NULL REFERENCES studio_templates (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        body TEXT NOT NULL,
        defaults TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        PRIMARY KEY (template_id, version)
      ) STRICT;
      CREATE TRIGGER studio_template_versions_frozen BEFORE UPDATE ON studio_template_versions BEGIN
        SELECT RAISE(ABORT, 'template versions are immutable; save a new version');
      END;

      CREATE TABLE studio_brands (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        rules TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE studio_boards (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
