import { describe, expect, it } from 'vitest';
import type { RecordingView } from '../../../../shared/contract';
import { makeError } from '../../../../shared/errors';
import { canRetry, cardProgress, isPermanentFailure, jobFraction } from './status';

const rec = (patch: Partial<RecordingView>): RecordingView => ({
  id: 'r1',
  jobId: 'j1',
  name: 'standup.m4a',
  state: 'failed',
  phase: 'preparing',
  durationMs: 60_000,
  bytes: 1000,
  providerId: 'env',
  model: 'whisper-1',
  liveModel: null,
  language: null,
  chunks: { total: 0, done: 0 },
  estimateMicros: null,
  costMicros: 0,
  error: null,
  createdAt: '2026-01-01T00:00:00Z',
  startedAt: null,
  finishedAt: null,
  ...patch,
});

describe('what a failed recording offers', () => {
  it('offers Remove, not Retry, when the file itself cannot be transcribed', () => {
    const notAudio = rec({ error: makeError('unsupported_format', '"notes.m4a" is not a recording Atelier can read.') });
    expect(isPermanentFailure(notAudio)).toBe(true);
    expect(canRetry(notAudio)).toBe(false);
  });

  it('offers Retry for failures a later try can fix', () => {
    for (const code of ['offline', 'timeout', 'upstream', 'auth', 'quota', 'rate_limited'] as const) {
      const r = rec({ error: makeError(code) });
      expect(isPermanentFailure(r), code).toBe(false);
      expect(canRetry(r), code).toBe(true);
    }
    expect(canRetry(rec({ state: 'cancelled' }))).toBe(true);
  });

  it('a finished recording reads as complete, never as a short bar', () => {
    const done = rec({ state: 'done', phase: 'done', chunks: { total: 1, done: 1 } });
    expect(jobFraction(done)).toBe(1);
    // One done chunk cell on a wide card read as "3 %": a finished card shows its status only.
    expect(cardProgress(done)).toEqual({ bar: false, chunks: false });
    expect(cardProgress(rec({ state: 'running', phase: 'transcribing', chunks: { total: 4, done: 1 } }))).toEqual({ bar: true, chunks: true });
  });
});
