import type { Migration } from '../migrate';

/** The usage ledger (append-only, one row per attempt) and the response cache. */
export const m0002Pipeline: Migration = {
  version: 2,
  name: 'pipeline',
  up(db) {
    db.exec(`
      CREATE TABLE ledger (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        day TEXT NOT NULL,
        month TEXT NOT NULL,
        request_id TEXT NOT NULL,
        attempt INTEGER NOT NULL,
        scene TEXT NOT NULL,
        modality TEXT NOT NULL,
        provider_id TEXT NOT NULL,
        model TEXT NOT NULL,
        operation TEXT NOT NULL,
        input_tokens INTEGER NOT NULL DEFAULT 0,
        cached_tokens INTEGER NOT NULL DEFAULT 0,
        output_tokens INTEGER NOT NULL DEFAULT 0,
        images INTEGER NOT NULL DEFAULT 0,
        audio_seconds REAL NOT NULL DEFAULT 0,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        saved_micros INTEGER NOT NULL DEFAULT 0,
        billing TEXT NOT NULL CHECK (billing IN ('reported', 'estimated', 'none', 'unknown_price')),
        cached INTEGER NOT NULL DEFAULT 0 CHECK (cached IN (0, 1)),
        fallback INTEGER NOT NULL DEFAULT 0 CHECK (fallback IN (0, 1)),
        latency_ms INTEGER NOT NULL DEFAULT 0,
        outcome TEXT NOT NULL,
        http_status INTEGER
      ) STRICT;
      CREATE INDEX ledger_day ON ledger (day);
      CREATE INDEX ledger_month ON ledger (month);
      CREATE INDEX ledger_request ON ledger (request_id);
      CREATE TRIGGER ledger_append_only_update BEFORE UPDATE ON ledger BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END;
      CREATE TRIGGER ledger_append_only_delete BEFORE DELETE ON ledger BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END;

      CREATE TABLE response_cache (
        key TEXT PRIMARY KEY,
        scene TEXT NOT NULL,
        model TEXT NOT NULL,
        operation TEXT NOT NULL,
        payload TEXT NOT NULL,
        cost_micros INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        last_used_at INTEGER NOT NULL,
        hits INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX response_cache_lru ON response_cache (last_used_at);
    `);
  },
};
