import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { createLedgerRepo, flushLedger, journalPath, type LedgerEntry } from './ledger';

function entry(over: Partial<LedgerEntry>): LedgerEntry {
  return {
    ts: '2026-11-29T10:00:00.000Z', day: '2026-11-29', month: '2026-11', requestId: `r${Math.random()}`, attempt: 1, scene: 'chat', modality: 'text',
    providerId: 'p', model: 'gpt-5-mini', operation: 'chat', inputTokens: 10, cachedTokens: 0, outputTokens: 5, images: 0, audioSeconds: 0,
    costMicros: 100, savedMicros: 0, billing: 'reported', cached: false, fallback: false, latencyMs: 1, outcome: 'ok', httpStatus: 200, ...over,
  };
}

const tempDb = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-journal-')), 'atelier.db');
const rowsOf = (db: Db, requestId: string) => (db.prepare('SELECT COUNT(*) AS n, COALESCE(SUM(cost_micros), 0) AS micros FROM ledger WHERE request_id = ?').get(requestId) as { n: number; micros: number });
const turn = () => new Promise((r) => setImmediate(r));

describe('ledger rows written behind', () => {
  it('count towards budgets at once, are journaled at once, and are in the table after the turn', async () => {
    const db = openDatabase(tempDb());
    const ledger = createLedgerRepo(db);
    const day = { period: 'day' as const, key: '2026-11-29' };
    ledger.append(entry({ costMicros: 40 }));
    ledger.appendBehind(entry({ requestId: 'behind', costMicros: 300 }));
    expect(ledger.spent(day)).toBe(340);
    expect(ledger.spentAll([day, { ...day, modality: 'audio-offline' }])).toEqual([340, 0]);
    expect(rowsOf(db, 'behind').n).toBe(0);
    expect(fs.readFileSync(journalPath(db)!, 'utf8')).toContain('"requestId":"behind"');
    await turn();
    expect(rowsOf(db, 'behind')).toEqual({ n: 1, micros: 300 });
    expect(ledger.spent(day)).toBe(340);
    db.close();
    expect(fs.readFileSync(journalPath(db)!, 'utf8')).toBe(''); // emptied at close (and every few hundred rows)
    const again = openDatabase(db.name);
    expect(createLedgerRepo(again).spent(day)).toBe(340);
    again.close();
  });

  it('are in the table before a report reads it, even within the same turn', () => {
    const db = openDatabase(tempDb());
    const ledger = createLedgerRepo(db);
    ledger.appendBehind(entry({ requestId: 'read-now' }));
    expect(ledger.forRequest('read-now')).toHaveLength(1);
    ledger.appendBehind(entry({ requestId: 'flushed' }));
    flushLedger(db);
    expect(rowsOf(db, 'flushed').n).toBe(1);
    db.close();
  });

  it('wait for a transaction in progress instead of joining it (it may roll back)', async () => {
    const db = openDatabase(tempDb());
    const ledger = createLedgerRepo(db);
    expect(() =>
      db.transaction(() => {
        ledger.appendBehind(entry({ requestId: 'outside' }));
        flushLedger(db);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    await turn();
    expect(rowsOf(db, 'outside').n).toBe(1);
    db.close();
  });

  it('keep the journal short: emptied once a few hundred committed rows are in it', async () => {
    const db = openDatabase(tempDb());
    const ledger = createLedgerRepo(db);
    for (let i = 0; i < 600; i++) {
      ledger.appendBehind(entry({ requestId: `many-${i}` }));
      await turn();
    }
    expect(fs.readFileSync(journalPath(db)!, 'utf8').split('\n').length).toBeLessThan(300);
    expect((db.prepare("SELECT COUNT(*) AS n FROM ledger WHERE request_id LIKE 'many-%'").get() as { n: number }).n).toBe(600);
    db.close();
  });

  it('are not billed twice after a crash between their commit and the journal being emptied', () => {
    const file = tempDb();
    let db = openDatabase(file);
    const ledger = createLedgerRepo(db);
    ledger.appendBehind(entry({ requestId: 'once', attempt: 1, costMicros: 70 }));
    ledger.appendBehind(entry({ requestId: 'once', attempt: 2, costMicros: 80 }));
    const journal = fs.readFileSync(journalPath(db)!);
    flushLedger(db);
    db.close();
    fs.writeFileSync(journalPath(db)!, Buffer.concat([journal, Buffer.from('{"requestId":"torn","att')])); // as if the process died before emptying it, mid-write
    db = openDatabase(file);
    createLedgerRepo(db);
    expect(rowsOf(db, 'once')).toEqual({ n: 2, micros: 150 });
    expect(rowsOf(db, 'torn').n).toBe(0);
    expect(fs.readFileSync(journalPath(db)!, 'utf8')).toBe('');
    db.close();
  });

  it('survive kill -9 right after a model call was paid for: billed exactly once after restart', async () => {
    const script = path.join(path.dirname(tempDb()), 'child.mts');
    const at = (p: string) => JSON.stringify(path.resolve(p));
    fs.writeFileSync(
      script,
      `
import fs from 'node:fs';
import { startSimulator } from ${at('e2e/simulator/server')};
import { createTestPipeline } from ${at('electron/core/testing/test-pipeline')};
const t = createTestPipeline(await startSimulator());
const r = await t.pipeline.run(t.chat, { scene: 'chat', modality: 'text', providerId: 'sim', model: 'gpt-5-mini', requestId: 'paid', input: { messages: [{ role: 'user', content: 'hello SIM_REPLY_TOKENS=20' }], stream: true } });
const inTable = (t.db.prepare("SELECT COUNT(*) AS n FROM ledger WHERE request_id = 'paid'").get() as { n: number }).n;
fs.writeSync(1, JSON.stringify({ file: t.db.name, costMicros: r.costMicros, inTable }) + '\\n');
process.kill(process.pid, 'SIGKILL'); // in the same turn as the answer: the write behind has not run
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const signal = await new Promise((r) => child.once('exit', (code, sig) => r(sig ?? code)));
    expect(signal, err).toBe('SIGKILL');
    const said = JSON.parse(out.trim()) as { file: string; costMicros: number; inTable: number };
    expect(said.costMicros).toBeGreaterThan(0);
    expect(said.inTable).toBe(0); // killed before the row reached the table: only the journal had it
    for (let open = 0; open < 2; open++) {
      const db = openDatabase(said.file);
      createLedgerRepo(db);
      expect(rowsOf(db, 'paid')).toEqual({ n: 1, micros: said.costMicros });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  }, 60_000);
});
