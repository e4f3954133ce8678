import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';

describe('migration 0012-studio-batches', () => {
  it('adds batches with constrained states and links generations to them', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations.filter((m) => m.version <= 12));
    const batch = db.prepare("INSERT INTO studio_batches (id, provider_id, state, created_at, updated_at) VALUES (?, 'env', ?, 'n', 'n')");
    batch.run('b1', 'draft');
    expect(() => batch.run('b2', 'sending')).toThrow(/CHECK/);
    const gen = db.prepare("INSERT INTO studio_generations (id, kind, provider_id, model, prompt, params, batch_id, created_at, updated_at) VALUES (?, 'generate', 'env', 'gpt-image-2', 'a lamp', '{}', ?, 'n', 'n')");
    gen.run('g1', 'b1');
    gen.run('g2', null);
    expect(() => gen.run('g3', 'nope')).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT id FROM studio_generations WHERE batch_id = 'b1'").all()).toEqual([{ id: 'g1' }]);
  });
});
