import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { createLedgerRepo, type LedgerEntry } from './ledger';

function entry(over: Partial<LedgerEntry>): LedgerEntry {
  return {
    ts: '2026-11-29T10:00:00.000Z', day: '2026-11-29', month: '2026-11', requestId: `r${Math.random()}`, attempt: 1, scene: 'chat', modality: 'text',
    providerId: 'p', model: 'gpt-5-mini', operation: 'chat', inputTokens: 10, cachedTokens: 0, outputTokens: 5, images: 0, audioSeconds: 0,
    costMicros: 100, savedMicros: 0, billing: 'reported', cached: false, fallback: false, latencyMs: 1, outcome: 'ok', httpStatus: 200, ...over,
  };
}

describe('ledger spend totals', () => {
  const open = () => openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-ledger-')), 'atelier.db'));

  it('stay exact as rows are appended, for every period, modality and scene filter', () => {
    const db = open();
    const ledger = createLedgerRepo(db);
    const filters = [
      { period: 'day' as const, key: '2026-11-29' },
      { period: 'month' as const, key: '2026-11' },
      { period: 'day' as const, key: '2026-11-29', modality: 'text' },
      { period: 'month' as const, key: '2026-11', scene: 'minutes' },
      { period: 'day' as const, key: '2026-11-30' },
    ];
    const sql = (f: (typeof filters)[number]) =>
      (db.prepare(`SELECT COALESCE(SUM(cost_micros), 0) AS m FROM ledger WHERE ${f.period} = ? AND (? IS NULL OR modality = ?) AND (? IS NULL OR scene = ?)`)
        .get(f.key, f.modality ?? null, f.modality ?? null, f.scene ?? null, f.scene ?? null) as { m: number }).m;
    for (let i = 0; i < 60; i++) {
      ledger.append(entry({
        costMicros: 7 * i + 1,
        modality: i % 3 === 0 ? 'image-understanding' : 'text',
        scene: i % 4 === 0 ? 'minutes' : 'chat',
        day: i % 5 === 0 ? '2026-11-30' : '2026-11-29',
      }));
      for (const f of filters) expect(ledger.spent(f)).toBe(sql(f));
    }
    expect(ledger.spent(filters[1]!)).toBeGreaterThan(0);
    db.close();
  });

  it('forget nothing written inside a transaction that is rolled back', () => {
    const db = open();
    const ledger = createLedgerRepo(db);
    const day = { period: 'day' as const, key: '2026-11-29' };
    ledger.append(entry({ costMicros: 100 }));
    expect(ledger.spent(day)).toBe(100);
    expect(() => db.transaction(() => {
      ledger.append(entry({ costMicros: 5000 }));
      expect(ledger.spent(day)).toBe(5100);
      throw new Error('rolled back');
    })()).toThrow('rolled back');
    expect(ledger.spent(day)).toBe(100);
    ledger.append(entry({ costMicros: 30 })); // may reuse the rolled-back row's id
    expect(ledger.spent(day)).toBe(130);
    db.close();
  });

  it('count rows another writer appended between two of this repo\'s own, and answer several filters at once', () => {
    const db = open();
    const ledger = createLedgerRepo(db);
    const other = createLedgerRepo(db);
    const day = { period: 'day' as const, key: '2026-11-29' };
    const text = { period: 'month' as const, key: '2026-11', modality: 'text' };
    expect(ledger.spentAll([day, text])).toEqual([0, 0]);
    ledger.append(entry({ costMicros: 100 }));
    expect(ledger.spentAll([day, text])).toEqual([100, 100]);
    other.append(entry({ costMicros: 20, modality: 'image-understanding' }));
    ledger.append(entry({ costMicros: 3 }));
    expect(ledger.spentAll([day, text])).toEqual([123, 103]);
    ledger.append(entry({ costMicros: 4, day: '2026-11-30' }));
    expect(ledger.spentAll([day, text])).toEqual([123, 107]);
    expect(ledger.spent(day)).toBe(123);
    expect(ledger.spentAll([])).toEqual([]);
    db.close();
  });
});
