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
    expect(ids('天气')).toEqual(['m4', 'm2', 'm0']); // two CJK characters: LIKE over the rows, newest first
    expect(ids('budget')).toEqual(['m5', 'm1']); // trigram substring
    expect(ids('to budget')).toEqual(['m5']); // a trigram term and a word prefix: m1 has no word starting with "to"
    expect(ids('to the')).toEqual(['m5', 'm3']);
    expect(ids('丙丁')).toEqual([]);
    expect(repo.search(planSearch('天气')!, 2).map((r) => r.messageId)).toEqual(['m4', 'm2']);
    db.close();
  });

  it('walks its driving index (or the messages) newest first and stops at the limit: no shape sorts every match', () => {
    const db = seeded();
    const repo = createMessagesRepo(db);
    for (const q of ['天气', 'budget', 'to', 'to budget', 'budget 天气', '天气 天']) {
      const plan = planSearch(q)!;
      const [sql] = preparedDuring(db, () => repo.search(plan, 50));
      const steps = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 50, trigram: 'x', words: 'x', like0: 'x', like1: 'x' }) as { detail: string }[]).map((r) => r.detail);
      expect(steps.join(' | '), q).not.toMatch(/TEMP B-TREE/);
      expect(steps[0], q).toMatch(/^SCAN (messages_trigram|messages_fts|t)\b/);
    }
    db.close();
  });
});
