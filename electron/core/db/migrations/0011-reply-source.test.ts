import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';

describe('migration 0011-reply-source', () => {
  it("gives existing replies their conversation's scene and schema, and leaves user messages alone", () => {
    const db = new Database(':memory:');
    runMigrations(db, migrations.filter((m) => m.version <= 10));
    db.prepare(`INSERT INTO scenes (id, name, label, json_schema, created_at, updated_at) VALUES ('s', 'triage', 'Triage', '{"name":"ticket","schema":{}}', 'n', 'n')`).run();
    const conv = db.prepare("INSERT INTO conversations (id, title, scene_id, created_at, updated_at) VALUES (?, 't', ?, 'n', 'n')");
    conv.run('c1', 's');
    conv.run('c2', null);
    const msg = db.prepare("INSERT INTO messages (id, conversation_id, role, content, status, seq, created_at, updated_at) VALUES (?, ?, ?, '{}', 'complete', ?, 'n', 'n')");
    msg.run('u1', 'c1', 'user', 1);
    msg.run('a1', 'c1', 'assistant', 2);
    msg.run('a2', 'c2', 'assistant', 1);
    runMigrations(db);
    const source = (id: string) => (db.prepare('SELECT produced_by FROM messages WHERE id = ?').get(id) as { produced_by: string | null }).produced_by;
    expect(source('u1')).toBeNull();
    expect(JSON.parse(source('a1')!)).toEqual({ sceneId: 's', sceneLabel: 'Triage', schemaName: 'ticket' });
    expect(JSON.parse(source('a2')!)).toEqual({ sceneId: null, sceneLabel: null, schemaName: null });
  });
});
