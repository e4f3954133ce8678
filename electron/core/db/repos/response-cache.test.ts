import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { sha256 } from '../../pipeline/cache-key';
import { createResponseCacheRepo, type CacheEntry } from './response-cache';

const open = () => openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-cache-')), 'atelier.db'));
const entry = (key: string, over: Partial<CacheEntry> = {}): CacheEntry => ({
  key, scene: 'chat', model: 'gpt-5-mini', operation: 'chat', payload: `{"text":"answer ${key}"}`, costMicros: 40, bytes: 30, createdAt: 1_000, expiresAt: 10_000, ...over,
});
const rows = (db: ReturnType<typeof open>) => db.prepare('SELECT key, hits FROM response_cache ORDER BY key').all() as { key: string; hits: number }[];
const tick = () => new Promise((r) => setImmediate(r));

describe('response cache', () => {
  it('answers from an entry at once, and writes it to the table just after the turn that stored it', async () => {
    const db = open();
    const cache = createResponseCacheRepo(db);
    const key = sha256('question one');
    cache.put(entry(key));
    expect(cache.hit(key, 2_000)).toEqual({ payload: `{"text":"answer ${key}"}`, costMicros: 40 });
    expect(rows(db)).toEqual([]);
    await tick();
    expect(rows(db)).toEqual([{ key, hits: 1 }]);
    expect(cache.hit(key, 3_000)?.costMicros).toBe(40);
    expect(rows(db)).toEqual([{ key, hits: 2 }]);
    db.close();
  });

  it('finds entries written by an earlier run, misses absent keys of any shape, and forgets expired ones', async () => {
    const dbFile = open();
    const keys = Array.from({ length: 50 }, (_, i) => sha256(`q${i}`));
    const first = createResponseCacheRepo(dbFile);
    for (const key of keys) first.put(entry(key));
    first.put(entry('not-a-digest key'));
    first.put(entry(sha256('short-lived'), { expiresAt: 1_500 }));
    await tick();
    const cache = createResponseCacheRepo(dbFile); // as after a restart: its filter is filled from the table
    for (const key of keys) expect(cache.hit(key, 1_200)).toBeDefined();
    expect(cache.hit('not-a-digest key', 1_200)).toBeDefined();
    expect(cache.hit(sha256('never stored'), 1_200)).toBeUndefined();
    expect(cache.hit('never stored either', 1_200)).toBeUndefined();
    expect(cache.hit(sha256('short-lived'), 2_000)).toBeUndefined();
    expect(rows(dbFile).map((r) => r.key)).not.toContain(sha256('short-lived'));
    dbFile.close();
  });

  it('keeps finding every entry after the filter outgrows its first size, and after clear finds none', async () => {
    const db = open();
    const cache = createResponseCacheRepo(db);
    const keys = Array.from({ length: 5_000 }, (_, i) => sha256(`many ${i}`)); // its first size is 4,096 keys
    for (const [i, key] of keys.entries()) {
      cache.put(entry(key));
      if (i % 1_000 === 0) await tick();
    }
    await tick();
    const sample = keys.filter((_, i) => i % 10 === 0 || i > 4_900);
    expect(sample.every((key) => cache.hit(key, 1_200) !== undefined)).toBe(true);
    expect(cache.stats().entries).toBe(5_000);
    expect(cache.clear()).toBe(5_000);
    expect(sample.some((key) => cache.hit(key, 1_200) !== undefined)).toBe(false);
    db.close();
  });

  it('counts and trims pending entries too, and a database closed before the write loses nothing else', async () => {
    const db = open();
    const cache = createResponseCacheRepo(db);
    cache.put(entry(sha256('a')));
    cache.put(entry(sha256('b')));
    expect(cache.stats().entries).toBe(2);
    cache.put(entry(sha256('c')));
    expect(cache.evict(30, 2_000)).toBe(2);
    expect(cache.stats().entries).toBe(1);
    cache.put(entry(sha256('d')));
    db.close();
    await tick(); // the pending write finds the database closed: dropped, no error
    expect(db.open).toBe(false);
  });
});
