import type { Migration } from '../migrate';

/** Recordings, their chunks (each sent and billed once), transcripts with search, speakers, minutes, watch folders. */
export const m0005Transcription: Migration = {
  version: 5,
  name: 'transcription',
  up(db) {
    db.exec(`
      CREATE TABLE recordings (
        id TEXT PRIMARY KEY,
        job_id TEXT,
        name TEXT NOT NULL,
        source_path TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        duration_ms INTEGER,
        provider_id TEXT NOT NULL,
        model TEXT NOT NULL,
        language TEXT,
        prompt TEXT,
        speakers TEXT NOT NULL DEFAULT '[]',
        phase TEXT NOT NULL DEFAULT 'queued' CHECK (phase IN ('queued', 'preparing', 'transcribing', 'stitching', 'done')),
        estimate_micros INTEGER,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE recording_chunks (
        recording_id TEXT NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        overlap_ms INTEGER NOT NULL,
        file TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done')),
        request_id TEXT,
        cost_micros INTEGER NOT NULL DEFAULT 0,
        cached INTEGER NOT NULL DEFAULT 0 CHECK (cached IN (0, 1)),
        result TEXT,
        PRIMARY KEY (recording_id, idx)
      ) STRICT;

      CREATE TABLE transcript_segments (
        id INTEGER PRIMARY KEY,
        recording_id TEXT NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        speaker TEXT,
        text TEXT NOT NULL,
        UNIQUE (recording_id, idx)
      ) STRICT;
      CREATE VIRTUAL TABLE transcript_fts USING fts5 (text, content = 'transcript_segments', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
      CREATE TRIGGER transcript_fts_insert AFTER INSERT ON transcript_segments BEGIN
        INSERT INTO transcript_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER transcript_fts_delete AFTER DELETE ON transcript_segments BEGIN
        INSERT INTO transcript_fts (transcript_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER transcript_fts_update AFTER UPDATE OF text ON transcript_segments BEGIN
        INSERT INTO transcript_fts (transcript_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO transcript_fts (rowid, text) VALUES (new.id, new.text);
      END;

      CREATE TABLE speaker_names (
        recording_id TEXT NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (recording_id, label)
      ) STRICT;

      CREATE TABLE minutes (
        recording_id TEXT PRIMARY KEY REFERENCES recordings (id) ON DELETE CASCADE,
        content TEXT NOT NULL,
        model TEXT NOT NULL,
        cost_micros INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE watch_folders (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        provider_id TEXT NOT NULL,
        model TEXT NOT NULL,
        language TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE watched_files (
        path TEXT PRIMARY KEY,
        bytes INTEGER NOT NULL,
        mtime_ms INTEGER NOT NULL,
        recording_id TEXT
      ) STRICT;
    `);
  },
};
