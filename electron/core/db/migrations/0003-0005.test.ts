import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';

const upTo = (n: number) => migrations.filter((m) => m.version <= n);

describe('migrations 0003–0005', () => {
  it('0003-chat adds scenes, conversations, messages with FTS kept in step by triggers', () => {
    const db = new Database(':memory:');
    runMigrations(db, upTo(3));
    db.prepare("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('c', 't', 'n', 'n')").run();
    db.prepare("INSERT INTO messages (id, conversation_id, role, content, status, seq, created_at, updated_at) VALUES ('m', 'c', 'user', 'quarterly refund report', 'complete', 1, 'n', 'n')").run();
    expect(db.prepare("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'refund'").all()).toHaveLength(1);
    db.prepare("UPDATE messages SET content = 'nothing here' WHERE id = 'm'").run();
    expect(db.prepare("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'refund'").all()).toHaveLength(0);
    db.prepare("DELETE FROM conversations WHERE id = 'c'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM messages').get()).toEqual({ n: 0 }); // cascade
    expect((db.pragma('table_info(media)') as { name: string }[]).map((c) => c.name)).toContain('width');
  });

  it('0004-jobs constrains job states', () => {
    const db = new Database(':memory:');
    runMigrations(db, upTo(4));
    const insert = db.prepare("INSERT INTO jobs (id, queue, state, payload, created_at, updated_at) VALUES (?, 'q', ?, '{}', 'n', 'n')");
    insert.run('a', 'queued');
    expect(() => insert.run('b', 'exploded')).toThrow(/CHECK/);
  });

  it('0005-transcription keeps chunk and segment rows with their recording, and searches segments', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, upTo(5));
    db.prepare("INSERT INTO recordings (id, name, source_path, bytes, provider_id, model, created_at, updated_at) VALUES ('r', 'standup.m4a', '/x', 10, 'p', 'whisper-1', 'n', 'n')").run();
    db.prepare("INSERT INTO recording_chunks (recording_id, idx, start_ms, end_ms, overlap_ms, file, file_hash) VALUES ('r', 0, 0, 1000, 0, '/c', 'h')").run();
    db.prepare("INSERT INTO transcript_segments (recording_id, idx, start_ms, end_ms, text) VALUES ('r', 0, 0, 1000, 'the budget was approved')").run();
    expect(db.prepare("SELECT rowid FROM transcript_fts WHERE transcript_fts MATCH 'budget'").all()).toHaveLength(1);
    expect(() => db.prepare("INSERT INTO recording_chunks (recording_id, idx, start_ms, end_ms, overlap_ms, file, file_hash) VALUES ('r', 0, 0, 1, 0, '/c', 'h')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.prepare("DELETE FROM recordings WHERE id = 'r'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM transcript_segments').get()).toEqual({ n: 0 });
  });
});
