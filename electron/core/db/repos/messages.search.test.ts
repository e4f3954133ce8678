import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { planSearch } from '../fts';
import { createMessagesRepo } from './messages';

function seeded() {
  const db = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-search-')), 'atelier.db'));
  const now = new Date().toISOString();
  const conv = db.prepare('INSERT INTO conversations (id, title, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)');
  const msg = db.prepare("INSERT INTO messages (id, conversation_id, parent_id, role, content, status, seq, created_at, updated_at) VALUES (?, ?, NULL, 'user', ?, 'complete', ?, ?, ?)");
  conv.run('live', 'Live', now, now, null);
  conv.run('gone', 'Deleted', now, now, now);
  const texts = ['今天天气很好', 'budget for the trip', '天气预报说明天下雨', 'photo of the tower', '天气', 'to the budget office'];
  texts.forEach((t, i) => msg.run(`m${i}`, 'live', t, i + 1, now, now));
  msg.run('d0', 'gone', '天气 in a deleted conversation, to budget', 1, now, now);
  return db;
}

/** Captures the SQL of every statement prepared while fn runs. */
function preparedDuring(db: Db, fn: () => void): string[] {
  const sql: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((s: string) => (sql.push(s), prepare(s))) as Db['prepare'];
  try {
    fn();
  } finally {
    db.prepare = prepare;
  }
  return sql;
}

describe('message search', () => {
  it('finds each kind of term newest first, never in deleted conversations', () => {
    const db = seeded();
    const repo = createMessagesRepo(db);
    const ids = (q: string) => repo.search(planSearch(q)!, 50).map((r) => r.messageId);
    expect(ids('天气')).toEqual(['m4', 'm2', 'm0']); // two CJK characters: the unit index, newest first
    expect(ids('budget')).toEqual(['m5', 'm1']); // trigram substring
    expect(ids('to budget')).toEqual(['m5']); // a trigram term and a word prefix: m1 has no word starting with "to"
    expect(ids('to the')).toEqual(['m5', 'm3']);
    expect(ids('丙丁')).toEqual([]);
    expect(repo.search(planSearch('天气')!, 2).map((r) => r.messageId)).toEqual(['m4', 'm2']);
    db.close();
  });

  it('walks its driving index (or the messages) newest first and stops at the limit: no shape sorts every match', () => {
    const db = seeded();
    for (const q of ['天气', 'budget', 'to', 'to budget', 'budget 天气', '天气 天', 'A股', 'to 天']) {
      const plan = planSearch(q)!;
      const repo = createMessagesRepo(db); // a fresh repo prepares the statement of this query's shape
      const sql = preparedDuring(db, () => repo.search(plan, 50)).find((s) => s.includes('LIMIT @limit')); // not the probes
      const steps = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 50, trigram: 'x', words: 'x', units: 'x', like0: 'x', like1: 'x' }) as { detail: string }[]).map((r) => r.detail);
      expect(steps.join(' | '), q).not.toMatch(/TEMP B-TREE/);
      expect(steps[0], q).toMatch(/^SCAN (messages_trigram|messages_fts|messages_units|t)\b/);
    }
    db.close();
  });

  it('finds one- and two-character CJK terms through the unit index, where they stand inside longer text', () => {
    const db = seeded();
    const now = new Date().toISOString();
    const msg = db.prepare("INSERT INTO messages (id, conversation_id, parent_id, role, content, status, seq, created_at, updated_at) VALUES (?, 'live', NULL, 'user', ?, 'complete', ?, ?, ?)");
    msg.run('j0', '会議の議事録を作成しました。コーヒーを飲む', 10, now, now);
    msg.run('j1', '天，气 are split by a comma here; A股 rose', 11, now, now);
    const repo = createMessagesRepo(db);
    const ids = (q: string) => repo.search(planSearch(q)!, 50).map((r) => r.messageId);
    expect(ids('天')).toEqual(['j1', 'm4', 'm2', 'm0']); // one character, anywhere
    expect(ids('雨')).toEqual(['m2']);
    expect(ids('天气')).toEqual(['m4', 'm2', 'm0']); // side by side only: not j1's 天，气
    expect(ids('议事')).toEqual([]);
    expect(ids('議事')).toEqual(['j0']);
    expect(ids('ーヒ')).toEqual(['j0']);
    expect(ids('明天 雨')).toEqual(['m2']); // two unit phrases, both required
    expect(ids('天气 预报说')).toEqual(['m2']); // a trigram term drives, the unit phrase filters
    expect(ids('budget 天气')).toEqual([]); // d0 has both, in a deleted conversation
    expect(ids('A股')).toEqual(['j1']); // mixed script: LIKE
    db.prepare("UPDATE messages SET content = '晴' WHERE id = 'm4'").run();
    db.prepare("DELETE FROM messages WHERE id = 'm0'").run();
    expect(ids('天气')).toEqual(['m2']); // the index follows edits and deletes
    expect(ids('晴')).toEqual(['m4']);
    db.close();
  });

  it('answers a short CJK query with no hits from the unit index alone, without reading the messages', () => {
    const db = seeded();
    for (const q of ['丙丁', '丙', '天丙', 'the 丙', 'to 丙']) {
      const plan = planSearch(q)!;
      expect(plan.like, q).toEqual([]);
      expect(plan.units, q).not.toBeNull();
      const repo = createMessagesRepo(db); // a fresh repo prepares the statement of this query's shape
      const sql = preparedDuring(db, () => expect(repo.search(plan, 50), q).toEqual([])).find((s) => s.includes('LIMIT @limit'));
      const steps = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 50, units: plan.units, trigram: plan.trigram, words: plan.words }) as { detail: string }[]).map((r) => r.detail);
      // The unit index drives (it has no 丙, fewer matches than "the" or "to"), so nothing is joined; messages
      // are only looked up by rowid.
      expect(steps[0], q).toMatch(/^SCAN messages_units VIRTUAL TABLE INDEX/);
      expect(steps.join(' | '), q).not.toMatch(/SCAN t\b|SCAN messages\b/);
    }
    db.close();
  });
});
