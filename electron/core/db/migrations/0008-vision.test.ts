import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';

describe('migration 0008-vision', () => {
  it('keeps items with their batch, one row per image index, and constrains states', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    runMigrations(db, migrations.filter((m) => m.version <= 8));
    db.prepare("INSERT INTO vision_batches (id, name, recipe, created_at, updated_at) VALUES ('b', 'receipts', '{}', 'n', 'n')").run();
    const item = db.prepare("INSERT INTO vision_items (id, batch_id, idx, name, source_path, bytes, updated_at) VALUES (?, 'b', ?, 'a.jpg', '/a.jpg', 10, 'n')");
    item.run('i1', 0);
    expect(() => item.run('i2', 0)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE vision_items SET state = 'exploded' WHERE id = 'i1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE vision_batches SET state = 'half' WHERE id = 'b'").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT corrections FROM vision_items WHERE id = 'i1'").get()).toEqual({ corrections: '{}' });
    db.prepare("DELETE FROM vision_batches WHERE id = 'b'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM vision_items').get()).toEqual({ n: 0 });
  });
});
