import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';
import { searchRowsAt } from '../../testing/search-rows';

const upTo = (n: number) => migrations.filter((m) => m.version <= n);
const ids = (db: Database.Database, table: string, query: string) =>
  (db.prepare(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(query) as { id: number }[]).map((r) => r.id);
const count = (db: Database.Database, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('migration 0013-search-units', () => {
  it('backfills a unit index (one token per CJK character) for messages and transcript segments, and keeps it in step', () => {
    const db = searchRowsAt(12);

    runMigrations(db, upTo(13));
    expect(ids(db, 'messages_units', '"天 气"')).toEqual([1]); // backfilled; two characters side by side
    expect(ids(db, 'messages_units', '"预"')).toEqual([1]);
    expect(ids(db, 'messages_units', '"好 我"')).toEqual([]); // a comma stands between them
    expect(ids(db, 'messages_units', '"議 事"')).toEqual([2]);
    expect(count(db, 'messages_units')).toBe(2); // the English message has no entry
    expect(ids(db, 'transcript_units', '"招 聘"')).toEqual([1]);

    db.prepare("UPDATE messages SET content = '新的内容：发布清单' WHERE id = 'm1'").run();
    expect(ids(db, 'messages_units', '"天 气"')).toEqual([]);
    expect(ids(db, 'messages_units', '"清 单"')).toEqual([1]);
    db.prepare("UPDATE messages SET content = 'now in English' WHERE id = 'm2'").run();
    expect(ids(db, 'messages_units', '"議"')).toEqual([]);
    db.prepare("UPDATE messages SET content = 'Zusammenfassung: 予算' WHERE id = 'm3'").run();
    expect(ids(db, 'messages_units', '"予 算"')).toEqual([3]);
    db.prepare("DELETE FROM messages WHERE id = 'm1'").run();
    expect(ids(db, 'messages_units', '"清 单"')).toEqual([]);
    db.prepare("INSERT INTO transcript_segments (recording_id, idx, start_ms, end_ms, text) VALUES ('r', 1, 1000, 2000, '预算已批准')").run();
    expect(ids(db, 'transcript_units', '"批 准"')).toEqual([2]);
    db.prepare("DELETE FROM recordings WHERE id = 'r'").run();
    expect(count(db, 'transcript_units')).toBe(0);
    expect(db.prepare("INSERT INTO messages_units (messages_units) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });
});
