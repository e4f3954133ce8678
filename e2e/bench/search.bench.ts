/**
 * Full-text search over 100,000 stored messages (issue 4 target: p50 ≤ 20 ms), through the same
 * repository and query builder the chat.search call uses.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { createMessagesRepo } from '../../electron/core/db/repos/messages';
import { toFtsQuery } from '../../electron/core/db/fts';
import { percentile, round } from './stats';

const MESSAGES = 100_000;
const VOCABULARY = (
  'refund invoice shipment warranty blender battery contract renewal discount escalation customer manager quarterly revenue forecast ' +
  'delivery delay complaint replacement firmware update outage incident report policy clause liability premium account password reset ' +
  'analysis chart dataset anomaly threshold inspection defect scratch packaging label barcode supplier audit compliance training schedule'
).split(' ');

function sentence(rand: () => number, words: number): string {
  return Array.from({ length: words }, () => VOCABULARY[Math.floor(rand() * VOCABULARY.length)]).join(' ');
}

export async function benchSearch(log: (line: string) => void): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-fts-'));
  const db = openDatabase(path.join(dir, 'atelier.db'));
  try {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const now = new Date().toISOString();
    const insertConv = db.prepare("INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)");
    const insertMsg = db.prepare(
      "INSERT INTO messages (id, conversation_id, parent_id, role, content, status, seq, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'complete', ?, ?, ?)",
    );
    const t0 = performance.now();
    db.transaction(() => {
      for (let c = 0; c < MESSAGES / 100; c++) {
        const conv = crypto.randomUUID();
        insertConv.run(conv, `Conversation ${c}`, now, now);
        let parent: string | null = null;
        for (let i = 0; i < 100; i++) {
          const id = crypto.randomUUID();
          insertMsg.run(id, conv, parent, i % 2 ? 'assistant' : 'user', sentence(rand, 20 + Math.floor(rand() * 60)), i + 1, now, now);
          parent = id;
        }
      }
    })();
    log(`stored ${MESSAGES} messages in ${round((performance.now() - t0) / 1000, 1)} s`);
    const repo = createMessagesRepo(db);
    const queries = ['refund', 'warranty blender', 'firmware upd', 'quarterly revenue forecast', 'defect scratch packaging', 'escal', 'password reset account'];
    const times: number[] = [];
    let hits = 0;
    for (let round_ = 0; round_ < 30; round_++) {
      for (const q of queries) {
        const t = performance.now();
        hits += repo.search(toFtsQuery(q)!, 50).length;
        if (round_ > 2) times.push(performance.now() - t);
      }
    }
    if (hits === 0) throw new Error('search found nothing: the benchmark is not measuring real work');
    const results = { search_fts_p50_ms: round(percentile(times, 50)), search_fts_p99_ms: round(percentile(times, 99)), search_fts_messages: MESSAGES };
    log(`FTS over ${MESSAGES} messages: p50 ${results.search_fts_p50_ms} ms, p99 ${results.search_fts_p99_ms} ms`);
    return results;
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
