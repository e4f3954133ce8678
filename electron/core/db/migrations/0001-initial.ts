import type { Migration } from '../migrate';

export const m0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE providers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind TEXT NOT NULL CHECK (kind IN ('openai', 'compatible')),
        base_url TEXT NOT NULL,
        models TEXT NOT NULL DEFAULT '[]',
        models_source TEXT NOT NULL DEFAULT 'none' CHECK (models_source IN ('fetched', 'manual', 'none')),
        models_updated_at TEXT,
        key_last4 TEXT,
        key_backend TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Ciphertext only; which cipher made it is recorded so a change of backend is detected.
      CREATE TABLE secrets (
        ref TEXT PRIMARY KEY,
        backend TEXT NOT NULL,
        ciphertext BLOB NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE media (
        hash TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        original_name TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
