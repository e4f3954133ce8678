import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';
import { searchRowsAt } from '../../testing/search-rows';

const upTo = (n: number) => migrations.filter((m) => m.version <= n);
const ids = (db: Database.Database, table: string, query: string) =>
  (db.prepare(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(query) as { id: number }[]).map((r) => r.id);

describe('migration 0010-search', () => {
  it('backfills a trigram index beside the word index (with prefixes) for messages and transcript segments, and keeps both in step', () => {
    const db = searchRowsAt(9);
    // Before: unicode61 sees each CJK run as one token, so a word inside it is not found.
    expect(ids(db, 'messages_fts', '"天气"')).toEqual([]);

    runMigrations(db, upTo(10));
    expect(ids(db, 'messages_trigram', '"天气很"')).toEqual([1]); // backfilled
    expect(ids(db, 'messages_trigram', '"議事録"')).toEqual([2]);
    expect(ids(db, 'messages_trigram', '"REFUND" AND "port"')).toEqual([3]);
    expect(ids(db, 'messages_fts', '"qu"*')).toEqual([3]); // word index rebuilt, with its prefix index
    expect(ids(db, 'transcript_trigram', '"招聘计划"')).toEqual([1]);
    expect(ids(db, 'transcript_fts', 'quarterly')).toEqual([]);

    db.prepare("UPDATE messages SET content = '新的内容：发布清单' WHERE id = 'm1'").run();
    expect(ids(db, 'messages_trigram', '"天气很"')).toEqual([]);
    expect(ids(db, 'messages_trigram', '"发布清单"')).toEqual([1]);
    db.prepare("DELETE FROM messages WHERE id = 'm3'").run();
    expect(ids(db, 'messages_fts', 'refund')).toEqual([]);
    expect(ids(db, 'messages_trigram', '"refund"')).toEqual([]);
    db.prepare("INSERT INTO transcript_segments (recording_id, idx, start_ms, end_ms, text) VALUES ('r', 1, 1000, 2000, 'budget approved')").run();
    expect(ids(db, 'transcript_fts', '"bud"*')).toEqual([2]);
    db.prepare("DELETE FROM recordings WHERE id = 'r'").run();
    expect(ids(db, 'transcript_trigram', '"招聘计划"')).toEqual([]);
    expect(db.prepare("INSERT INTO messages_trigram (messages_trigram) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });
});
