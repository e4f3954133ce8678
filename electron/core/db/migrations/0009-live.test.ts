import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';

describe('migration 0009-live', () => {
  it('keeps spans with their session and refuses unknown states and kinds', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations.filter((m) => m.version <= 9));
    db.prepare("INSERT INTO live_sessions (id, name, state, provider_id, live_model, offline_model, created_at, updated_at) VALUES ('s', 'Standup', 'recording', 'p', 'gpt-4o-transcribe', 'gpt-4o-transcribe', 'n', 'n')").run();
    db.prepare("INSERT INTO live_spans (session_id, start_ms, end_ms, kind, text) VALUES ('s', 0, 900, 'speech', 'alpha')").run();
    expect(() => db.prepare("INSERT INTO live_spans (session_id, start_ms, end_ms, kind) VALUES ('s', 0, 1, 'noise')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO live_spans (session_id, start_ms, end_ms, kind) VALUES ('s', 5, 1, 'silence')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE live_sessions SET state = 'exploded'").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM live_sessions WHERE id = 's'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM live_spans').get()).toEqual({ n: 0 });
  });
});
