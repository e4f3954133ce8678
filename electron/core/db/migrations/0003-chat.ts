import type { Migration } from '../migrate';

/** Conversations as trees of messages (branches keep earlier answers), scenes, and full-text search. */
export const m0003Chat: Migration = {
  version: 3,
  name: 'chat',
  up(db) {
    db.exec(`
      ALTER TABLE media ADD COLUMN width INTEGER;
      ALTER TABLE media ADD COLUMN height INTEGER;

      CREATE TABLE scenes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        label TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        system_prompt TEXT NOT NULL DEFAULT '',
        provider_id TEXT,
        model TEXT,
        temperature REAL,
        json_schema TEXT,
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        scene_id TEXT REFERENCES scenes (id) ON DELETE SET NULL,
        provider_id TEXT,
        model TEXT,
        folder TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        deleted_at TEXT,
        active_leaf_id TEXT,
        history_limit INTEGER,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conversations_list ON conversations (deleted_at, archived, pinned DESC, updated_at DESC);

      CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES messages (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
        content TEXT NOT NULL,
        attachments TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL CHECK (status IN ('complete', 'streaming', 'interrupted', 'error', 'cancelled')),
        error TEXT,
        provider_id TEXT,
        model TEXT,
        request_id TEXT,
        input_tokens INTEGER NOT NULL DEFAULT 0,
        output_tokens INTEGER NOT NULL DEFAULT 0,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        saved_micros INTEGER NOT NULL DEFAULT 0,
        latency_ms INTEGER,
        cached INTEGER NOT NULL DEFAULT 0 CHECK (cached IN (0, 1)),
        fallback INTEGER NOT NULL DEFAULT 0 CHECK (fallback IN (0, 1)),
        seq INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX messages_conversation ON messages (conversation_id, seq);
      CREATE INDEX messages_parent ON messages (parent_id);
      CREATE INDEX messages_status ON messages (status) WHERE status = 'streaming';

      CREATE VIRTUAL TABLE messages_fts USING fts5 (content, content = 'messages', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
      CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, content) VALUES (new.rowid, new.content);
      END;
      CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
      END;
      CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
        INSERT INTO messages_fts (rowid, content) VALUES (new.rowid, new.content);
      END;
    `);
  },
};
