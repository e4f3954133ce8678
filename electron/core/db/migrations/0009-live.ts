import type { Migration } from '../migrate';

/**
 * Live meetings: a session recorded in segments under live/<id>/, and the stretches of it the realtime
 * session confirmed (speech with its text, or silence), so a stop or a crash knows what still needs
 * the offline queue.
 */
export const m0009Live: Migration = {
  version: 9,
  name: 'live',
  up(db) {
    db.exec(`
      CREATE TABLE live_sessions (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('recording', 'paused', 'finishing', 'done', 'failed')),
        provider_id TEXT NOT NULL,
        live_model TEXT NOT NULL,
        offline_model TEXT NOT NULL,
        language TEXT,
        diarize INTEGER NOT NULL DEFAULT 0 CHECK (diarize IN (0, 1)),
        recording_id TEXT,
        live_cost_micros INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE live_spans (
        session_id TEXT NOT NULL REFERENCES live_sessions (id) ON DELETE CASCADE,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL CHECK (end_ms >= start_ms),
        kind TEXT NOT NULL CHECK (kind IN ('speech', 'silence')),
        text TEXT,
        cost_micros INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX live_spans_session ON live_spans (session_id, start_ms);
    `);
  },
};
