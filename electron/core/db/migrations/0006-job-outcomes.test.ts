import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';

describe('migration 0006-job-outcomes', () => {
  it('keeps existing jobs, allows the interrupted state and counts chunk sends from 0', () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations.filter((m) => m.version <= 5));
    db.prepare("INSERT INTO jobs (id, queue, state, payload, attempts, created_at, updated_at) VALUES ('a', 'q', 'failed', '{\"n\":1}', 2, 'n', 'n')").run();
    db.prepare("INSERT INTO recordings (id, name, source_path, bytes, provider_id, model, created_at, updated_at) VALUES ('r', 'x.m4a', '/x', 1, 'p', 'whisper-1', 'n', 'n')").run();
    db.prepare("INSERT INTO recording_chunks (recording_id, idx, start_ms, end_ms, overlap_ms, file, file_hash) VALUES ('r', 0, 0, 1, 0, '/c', 'h')").run();
    runMigrations(db);
    expect(db.prepare("SELECT state, attempts, payload FROM jobs WHERE id = 'a'").get()).toEqual({ state: 'failed', attempts: 2, payload: '{"n":1}' });
    const insert = db.prepare("INSERT INTO jobs (id, queue, state, payload, created_at, updated_at) VALUES (?, 'q', ?, '{}', 'n', 'n')");
    insert.run('b', 'interrupted');
    expect(() => insert.run('c', 'exploded')).toThrow(/CHECK/);
    expect(db.prepare('SELECT sends FROM recording_chunks').get()).toEqual({ sends: 0 });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'jobs_ready'").get()).toBeTruthy();
  });
});
