import { describe, expect, it } from 'vitest';
import type { RecordingView } from '../../../../shared/contract';
import { elapsedMs, etaMs } from './eta';

const T0 = Date.parse('2026-11-29T10:00:00Z');
const rec = (patch: Partial<RecordingView>): RecordingView => ({
  id: 'r1',
  jobId: 'j1',
  name: 'all-hands.m4a',
  state: 'running',
  phase: 'transcribing',
  durationMs: 3_600_000,
  bytes: 1,
  providerId: 'env',
  model: 'whisper-1',
  liveModel: null,
  language: null,
  chunks: { total: 10, done: 0 },
  estimateMicros: null,
  costMicros: 0,
  error: null,
  createdAt: new Date(T0).toISOString(),
  startedAt: new Date(T0).toISOString(),
  finishedAt: null,
  ...patch,
});

describe('elapsed time', () => {
  it('runs on while the job runs and stops at its end', () => {
    expect(elapsedMs(rec({}), T0 + 90_000)).toBe(90_000);
    expect(elapsedMs(rec({ state: 'done', finishedAt: new Date(T0 + 60_000).toISOString() }), T0 + 999_000)).toBe(60_000);
    expect(elapsedMs(rec({ startedAt: null }), T0)).toBeNull();
  });
});

describe('time left', () => {
  it('says nothing before there is anything to go on, or when the job is not transcribing', () => {
    expect(etaMs(rec({}), undefined, T0 + 10_000)).toBeNull();
    expect(etaMs(rec({ phase: 'preparing', chunks: { total: 10, done: 3 } }), undefined, T0 + 10_000)).toBeNull();
    expect(etaMs(rec({ state: 'paused', chunks: { total: 10, done: 3 } }), undefined, T0 + 10_000)).toBeNull();
  });

  it('before this screen saw a chunk finish: from the job’s own pace since it started', () => {
    // 2 of 10 chunks in 60 s: 8 left at 30 s each.
    expect(etaMs(rec({ chunks: { total: 10, done: 2 } }), undefined, T0 + 60_000)).toBe(240_000);
  });

  it('once chunks finish under watch: from their pace, counting down between them', () => {
    // Watched from 4 done at +100 s to 6 done at +140 s: 20 s a chunk, 4 left = 80 s, 5 s of it gone.
    const pace = { fromDone: 4, fromAt: T0 + 100_000, lastDone: 6, lastAt: T0 + 140_000 };
    expect(etaMs(rec({ chunks: { total: 10, done: 6 } }), pace, T0 + 145_000)).toBe(75_000);
    // Overdue never goes below zero.
    expect(etaMs(rec({ chunks: { total: 10, done: 6 } }), pace, T0 + 999_000)).toBe(0);
  });

  it('is zero when every chunk is done (stitching follows)', () => {
    expect(etaMs(rec({ chunks: { total: 4, done: 4 } }), undefined, T0 + 1000)).toBe(0);
  });
});
