import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';

describe('migration 0007-studio', () => {
  const open = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations.filter((m) => m.version <= 7));
    return db;
  };

  it('keeps outputs with their generation and constrains review states', () => {
    const db = open();
    db.prepare("INSERT INTO studio_generations (id, kind, provider_id, model, prompt, params, created_at, updated_at) VALUES ('g', 'generate', 'p', 'gpt-image-2', 'a lamp', '{}', 'n', 'n')").run();
    const out = db.prepare("INSERT INTO studio_outputs (id, seq, generation_id, idx, hash, preview_hash, thumb_hash, mime, width, height, bytes, state, created_at, updated_at) VALUES (?, ?, 'g', ?, 'h', 'p', 't', 'image/png', 1, 1, 1, ?, 'n', 'n')");
    out.run('o1', 1, 0, 'review');
    expect(() => out.run('o2', 2, 1, 'published')).toThrow(/CHECK/);
    db.prepare("DELETE FROM studio_generations WHERE id = 'g'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM studio_outputs').get()).toEqual({ n: 0 });
  });

  it('refuses to change or delete audit rows and template versions', () => {
    const db = open();
    db.prepare("INSERT INTO studio_audit (output_id, at, actor, action) VALUES ('o', 'n', 'Ana', 'approve')").run();
    expect(() => db.prepare("UPDATE studio_audit SET actor = 'Eve'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM studio_audit').run()).toThrow(/append-only/);
    db.prepare("INSERT INTO studio_templates (id, name, created_at, updated_at) VALUES ('t', 'Hero', 'n', 'n')").run();
    db.prepare("INSERT INTO studio_template_versions (template_id, version, body, created_at) VALUES ('t', 1, 'a {product}', 'n')").run();
    expect(() => db.prepare("UPDATE studio_template_versions SET body = 'b'").run()).toThrow(/immutable/);
  });

  it('searches prompts and notes', () => {
    const db = open();
    db.prepare("INSERT INTO studio_fts (rowid, prompt, notes) VALUES (1, 'a ceramic lamp on oak', 'client liked the glow')").run();
    expect(db.prepare("SELECT rowid FROM studio_fts WHERE studio_fts MATCH 'glow'").all()).toEqual([{ rowid: 1 }]);
  });
});
