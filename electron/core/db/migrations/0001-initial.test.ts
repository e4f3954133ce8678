import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';
import { m0001Initial } from './0001-initial';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migration 0001-initial', () => {
  it('creates the base tables on an empty database and records its version', () => {
    const db = new Database(':memory:');
    expect(runMigrations(db, [m0001Initial])).toBe(1);
    expect(tables(db)).toEqual(['media', 'providers', 'secrets', 'settings']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('is not applied twice', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    expect(runMigrations(db)).toBe(0);
  });

  it('enforces provider kinds and unique names regardless of case', () => {
    const db = new Database(':memory:');
    runMigrations(db, [m0001Initial]);
    const insert = db.prepare("INSERT INTO providers (id, name, kind, base_url, created_at) VALUES (?, ?, ?, 'http://x', 'now')");
    insert.run('a', 'Gateway', 'compatible');
    expect(() => insert.run('b', 'gateway', 'compatible')).toThrow(/UNIQUE/);
    expect(() => insert.run('c', 'Other', 'bogus')).toThrow(/CHECK/);
  });

  it('refuses a database written by a newer version', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${migrations.length + 5}`);
    expect(() => runMigrations(db)).toThrow(/newer version of Atelier/);
  });

  it('keeps versions numbered consecutively from 1', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});
