import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { m0001Initial } from './0001-initial';
import { m0002Pipeline } from './0002-pipeline';

const row = {
  ts: '2026-11-21T10:00:00.000Z', day: '2026-11-21', month: '2026-11', request_id: 'r1', attempt: 1, scene: 's', modality: 'text',
  provider_id: 'p', model: 'gpt-5-mini', operation: 'chat', billing: 'reported', outcome: 'ok',
};
const insert = (db: Database.Database, values = row) =>
  db.prepare(`INSERT INTO ledger (${Object.keys(values).join(', ')}) VALUES (${Object.keys(values).map((k) => `@${k}`).join(', ')})`).run(values);

describe('migration 0002-pipeline', () => {
  it('upgrades a 0001 database, keeping its rows', () => {
    const db = new Database(':memory:');
    runMigrations(db, [m0001Initial]);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'now')").run();
    expect(runMigrations(db, [m0001Initial, m0002Pipeline])).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"dark"' });
    insert(db);
    expect(db.prepare('SELECT COUNT(*) AS n FROM ledger').get()).toEqual({ n: 1 });
  });

  it('makes the ledger append-only', () => {
    const db = new Database(':memory:');
    runMigrations(db, [m0001Initial, m0002Pipeline]);
    insert(db);
    expect(() => db.prepare('UPDATE ledger SET cost_micros = 0').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM ledger').run()).toThrow(/append-only/);
  });

  it('rejects unknown billing kinds', () => {
    const db = new Database(':memory:');
    runMigrations(db, [m0001Initial, m0002Pipeline]);
    expect(() => insert(db, { ...row, billing: 'free' })).toThrow(/CHECK/);
  });
});
