import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { AppFailure } from '../../../../shared/errors';
import { openDatabase, type Db } from '../../db/connection';
import { createJobsRepo, type JobsRepo } from '../../db/repos/jobs';
import { createRecordingsRepo, type RecordingsRepo } from '../../db/repos/recordings';
import { silentLogger } from '../../log';
import type { PipelineRequest } from '../../pipeline/types';
import { createEventBus } from '../../rpc/events';
import { TranscriptionQueue, chunkSendBudget, type TranscriptionDeps } from './queue';

/** One chunk request held by the fake pipeline until the test answers it. */
interface Send {
  recordingId: string;
  idx: number;
  answer(): void;
  fail(error: unknown): void;
}

/**
 * A pipeline stand-in: sends wait for the test (or answer at once in auto mode) and reject when their
 * job's signal aborts, as the real pipeline does.
 */
function fakePipeline(chunkOwner: (file: string) => { recordingId: string; idx: number }) {
  const held: Send[] = [];
  const sent: { recordingId: string; idx: number }[] = [];
  let auto = false;
  let behaviour: ((send: { recordingId: string; idx: number }) => Error | null) | null = null;
  const run = (_op: unknown, req: PipelineRequest<{ file: string }>) =>
    new Promise((resolve, reject) => {
      const who = chunkOwner(req.input.file);
      const sendOnce = () => {
        req.sendBudget?.take();
        sent.push(who);
      };
      const output = { text: `w${who.idx}`, segments: [{ start: 0.5, end: 1, text: `w${who.idx}`, speaker: null }] };
      const answer = () => resolve({ requestId: `${who.recordingId}-${who.idx}-${sent.length}`, costMicros: 10, cached: false, output });
      const forced = behaviour?.(who);
      try {
        // Like the real pipeline: retryable failures are tried again up to the request's retries.
        const tries = forced instanceof AppFailure && forced.code === 'upstream' ? (req.policy?.retries ?? 0) + 1 : 1;
        for (let i = 0; i < tries; i++) sendOnce();
      } catch (error) {
        return reject(error);
      }
      if (forced) return reject(forced);
      if (auto) return answer();
      const send: Send = { ...who, answer: () => (held.splice(held.indexOf(send), 1), answer()), fail: reject };
      held.push(send);
      req.signal?.addEventListener('abort', () => {
        const at = held.indexOf(send);
        if (at >= 0) held.splice(at, 1);
        reject(new AppFailure('cancelled'));
      });
    });
  return {
    pipeline: { run },
    held,
    sent,
    answerAll: () => (auto = true, [...held].forEach((s) => s.answer())),
    behave: (fn: typeof behaviour) => (behaviour = fn),
  };
}

let db: Db;
let dir: string;
let queue: TranscriptionQueue | null = null;
afterEach(() => {
  queue?.stop();
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function setup(opts: { chunkConcurrency: number }) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-tq-'));
  db = openDatabase(path.join(dir, 'atelier.db'));
  const recordings = createRecordingsRepo(db);
  const jobs = createJobsRepo(db);
  const fake = fakePipeline((file) => {
    const [recordingId, idx] = path.basename(file).split('~');
    return { recordingId: recordingId!, idx: Number(idx) };
  });
  const deps: TranscriptionDeps = {
    repo: recordings,
    jobs,
    stack: {
      pipeline: fake.pipeline as unknown as TranscriptionDeps['stack']['pipeline'],
      operations: { transcribe: {} } as unknown as TranscriptionDeps['stack']['operations'],
      settings: {
        policyFor: () => ({ timeoutMs: 1000, retries: 4, backoffBaseMs: 1, backoffMaxMs: 2, rateLimitWaitMs: 10, fallbackModel: null }),
        config: () => ({ priceOverrides: {} }),
      } as unknown as TranscriptionDeps['stack']['settings'],
    },
    media: { read: () => null } as unknown as TranscriptionDeps['media'],
    workRoot: path.join(dir, 'work'),
    events: createEventBus(),
    log: silentLogger,
    chunkConcurrency: () => opts.chunkConcurrency,
    networkProbe: async () => true,
  };
  queue = new TranscriptionQueue(deps);
  return { queue, recordings, jobs, fake };
}

/** A recording already cut into `n` chunks (as after preparing), queued. */
function addRecording(q: TranscriptionQueue, recordings: RecordingsRepo, id: string, n: number): string {
  recordings.insert({ id, jobId: null, name: `${id}.m4a`, sourcePath: `/nowhere/${id}.m4a`, bytes: 1, providerId: 'p', model: 'whisper-1', language: null, prompt: null, speakers: [], estimateMicros: null });
  recordings.insertChunks(
    Array.from({ length: n }, (_, i) => ({ recordingId: id, idx: i, startMs: i * 10_000, endMs: (i + 1) * 10_000, overlapMs: 0, file: `/work/${id}~${i}`, fileHash: `${id}${i}` })),
  );
  const jobId = q.add({ recordingId: id });
  recordings.update({ ...recordings.get(id)!, jobId });
  return jobId;
}

const stateOf = (jobs: JobsRepo, id: string) => jobs.get(id)?.state;

describe('transcription queue: pause and cancel with many chunks', () => {
  it('pausing or cancelling a long recording frees its chunk slots, and the next jobs run to the end', async () => {
    const warnings: string[] = [];
    const warned = (w: Error) => warnings.push(w.name);
    process.on('warning', warned);
    onTestFinished(() => void process.off('warning', warned));
    const { queue: q, recordings, jobs, fake } = setup({ chunkConcurrency: 3 });
    q.start();
    const a = addRecording(q, recordings, 'a', 20);
    const b = addRecording(q, recordings, 'b', 20);
    const c = addRecording(q, recordings, 'c', 6);
    await expect.poll(() => fake.held.length).toBe(3);
    expect(fake.held.every((s) => s.recordingId === 'a')).toBe(true); // a's chunks took every slot first
    fake.held[0]!.answer(); // one chunk of a finishes while the others are in flight
    await expect.poll(() => fake.held.filter((s) => s.recordingId === 'a').length).toBe(3);

    q.pause(a); // a's sends abort, its waiting chunks leave the line
    await expect.poll(() => fake.held.length).toBe(3);
    expect(fake.held.every((s) => s.recordingId !== 'a')).toBe(true);

    const bSends = fake.held.filter((s) => s.recordingId === 'b').length;
    expect(bSends).toBeGreaterThan(0);
    q.cancel(b);
    await expect.poll(() => fake.held.length > 0 && fake.held.every((s) => s.recordingId === 'c')).toBe(true);

    fake.answerAll();
    await expect.poll(() => stateOf(jobs, c)).toBe('done');
    expect(recordings.segments('c').map((s) => s.text)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5']);
    expect(stateOf(jobs, a)).toBe('paused');
    expect(stateOf(jobs, b)).toBe('cancelled');

    q.resume(a);
    await expect.poll(() => stateOf(jobs, a)).toBe('done');
    expect(recordings.segments('a')).toHaveLength(20);
    expect(recordings.chunks('a').every((ch) => ch.state === 'done')).toBe(true);
    expect(jobs.get(a)!.attempts).toBe(1); // a pause is not an attempt
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).not.toContain('MaxListenersExceededWarning'); // 20 chunks waiting for a slot at once is expected
  });

  it('pausing the whole queue mid-recording and resuming loses no chunk and sends finished ones never again', async () => {
    const { queue: q, recordings, jobs, fake } = setup({ chunkConcurrency: 4 });
    q.start();
    const ids = ['r1', 'r2', 'r3'].map((id) => addRecording(q, recordings, id, 12));
    await expect.poll(() => fake.held.length).toBe(4);
    fake.held[0]!.answer();
    fake.held[0]!.answer();
    await expect.poll(() => fake.held.length).toBe(4);
    q.pauseAll();
    await expect.poll(() => fake.held.length).toBe(0);
    expect(ids.map((id) => stateOf(jobs, id))).toEqual(['queued', 'queued', 'queued']);
    const doneBefore = ['r1', 'r2', 'r3'].flatMap((r) => recordings.chunks(r).filter((ch) => ch.state === 'done').map((ch) => `${r}:${ch.idx}`));
    expect(doneBefore).toHaveLength(2);
    fake.answerAll();
    q.resumeAll();
    await expect.poll(() => ids.map((id) => stateOf(jobs, id))).toEqual(['done', 'done', 'done']);
    for (const r of ['r1', 'r2', 'r3']) expect(recordings.segments(r)).toHaveLength(12);
    const answered = fake.sent.map((s) => `${s.recordingId}:${s.idx}`);
    for (const d of doneBefore) expect(answered.filter((x) => x === d)).toHaveLength(1);
  });

  it('a failing chunk fails its job without stranding the chunks of the next one', async () => {
    const { queue: q, recordings, jobs, fake } = setup({ chunkConcurrency: 2 });
    fake.behave((s) => (s.recordingId === 'bad' ? new AppFailure('invalid_input', 'unreadable chunk') : null));
    q.start();
    const bad = addRecording(q, recordings, 'bad', 10);
    const good = addRecording(q, recordings, 'good', 10);
    fake.answerAll();
    await expect.poll(() => stateOf(jobs, good)).toBe('done');
    expect(stateOf(jobs, bad)).toBe('failed');
    expect(fake.sent.filter((s) => s.recordingId === 'bad').length).toBeLessThanOrEqual(2); // the rest stopped waiting
  });

  it('bounds the sends of a failing chunk over every queue attempt, and a retry by the user gives it a fresh budget', async () => {
    const { queue: q, recordings, jobs, fake } = setup({ chunkConcurrency: 1 });
    let down = true;
    fake.behave((s) => (down && s.recordingId === 'flaky' && s.idx === 0 ? new AppFailure('upstream', 'The provider had a problem (500).') : null));
    fake.answerAll();
    q.start();
    const id = addRecording(q, recordings, 'flaky', 2);
    await expect.poll(() => stateOf(jobs, id)).toBe('failed');
    const budget = chunkSendBudget(4);
    expect(budget).toBe(7);
    expect(fake.sent.filter((s) => s.idx === 0)).toHaveLength(budget); // was up to 25: 5 queue attempts × 5 pipeline sends
    expect(recordings.chunks('flaky')[0]!.sends).toBe(budget);
    expect(jobs.get(id)!.error).toMatchObject({ code: 'upstream', message: expect.stringMatching(/Part 1 of "flaky\.m4a" was sent 7 times/), details: { final: true } });
    down = false;
    q.retry(id);
    await expect.poll(() => stateOf(jobs, id)).toBe('done');
    expect(recordings.chunks('flaky').map((c) => c.sends)).toEqual([1, 1]);
  });
});
