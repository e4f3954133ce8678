import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/errors';
import { openDatabase, type Db } from '../db/connection';
import { createJobsRepo, type JobsRepo } from '../db/repos/jobs';
import { silentLogger } from '../log';
import { createEventBus } from '../rpc/events';
import { PersistedQueue, type JobContext, type QueueOptions } from './persisted-queue';

type Payload = { n: number };
type Runner = (ctx: JobContext<Payload>) => Promise<unknown>;

class TestQueue extends PersistedQueue<Payload> {
  runner: Runner = async ({ payload }) => payload.n * 2;
  protected parse(payload: unknown): Payload {
    return payload as Payload;
  }
  protected run(ctx: JobContext<Payload>): Promise<unknown> {
    return this.runner(ctx);
  }
}

let db: Db;
let dir: string;
const queues: TestQueue[] = [];
function setup(options: Partial<QueueOptions> = {}, repo?: JobsRepo) {
  if (!repo) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-jobs-'));
    db = openDatabase(path.join(dir, 'atelier.db'));
  }
  const jobs = repo ?? createJobsRepo(db);
  const q = new TestQueue(jobs, { name: 'test', concurrency: 2, maxAttempts: 3, backoffBaseMs: 5, backoffMaxMs: 10, heartbeatMs: 20, ...options }, { events: createEventBus(), log: silentLogger });
  queues.push(q);
  return { q, jobs };
}
afterEach(() => {
  for (const q of queues.splice(0)) q.stop();
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const stateOf = (jobs: JobsRepo, id: string) => jobs.get(id)?.state;
const gate = () => {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
};

describe('persisted queue', () => {
  it('runs jobs to done with their results, never more at once than its concurrency', async () => {
    const { q, jobs } = setup();
    let live = 0;
    let peak = 0;
    q.runner = async ({ payload }) => {
      peak = Math.max(peak, ++live);
      await new Promise((r) => setTimeout(r, 10));
      live--;
      return payload.n * 2;
    };
    q.start();
    const ids = [1, 2, 3, 4, 5].map((n) => q.add({ n }));
    await expect.poll(() => ids.every((id) => stateOf(jobs, id) === 'done')).toBe(true);
    expect(peak).toBe(2);
    expect(ids.map((id) => jobs.get(id)!.result)).toEqual([2, 4, 6, 8, 10]);
  });

  it('retries retryable failures with backoff, then fails; other failures fail at once', async () => {
    const { q, jobs } = setup();
    const tries: number[] = [];
    q.runner = async ({ payload, attempt }) => {
      tries.push(attempt);
      throw new AppFailure(payload.n === 1 ? 'upstream' : 'invalid_input', 'nope');
    };
    q.start();
    const flaky = q.add({ n: 1 });
    const bad = q.add({ n: 2 });
    await expect.poll(() => stateOf(jobs, flaky)).toBe('failed');
    expect(stateOf(jobs, bad)).toBe('failed');
    expect(jobs.get(flaky)!.attempts).toBe(3);
    expect(jobs.get(bad)!.attempts).toBe(1);
    expect(jobs.get(flaky)!.error).toMatchObject({ code: 'upstream' });
  });

  it('waits for the network without using attempts, and resumes by itself when it returns', async () => {
    let online = false;
    const { q, jobs } = setup({ networkProbe: async () => online, probeDelays: { firstMs: 10, maxMs: 20 } });
    let calls = 0;
    q.runner = async () => {
      calls++;
      if (!online) throw new AppFailure('offline');
      return 'ok';
    };
    q.start();
    const id = q.add({ n: 1 });
    await expect.poll(() => jobs.get(id)?.waitReason).toBe('network');
    expect(stateOf(jobs, id)).toBe('waiting');
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).toBe(1); // no busy retrying while offline
    online = true;
    await expect.poll(() => stateOf(jobs, id)).toBe('done');
    expect(jobs.get(id)!.attempts).toBe(1);
  });

  it('goes at once when something else reached the provider, without waiting for its next probe', async () => {
    let online = false;
    let probes = 0;
    const { q, jobs } = setup({ networkProbe: async () => (probes++, online), probeDelays: { firstMs: 60_000, maxMs: 60_000 } });
    q.runner = async () => {
      if (!online) throw new AppFailure('offline');
      return 'ok';
    };
    q.start();
    const id = q.add({ n: 1 });
    await expect.poll(() => jobs.get(id)?.waitReason).toBe('network');
    online = true;
    await new Promise((r) => setTimeout(r, 50));
    expect(stateOf(jobs, id)).toBe('waiting'); // the next probe is a minute away
    q.networkBack();
    await expect.poll(() => stateOf(jobs, id), { timeout: 1_000 }).toBe('done');
    expect(probes).toBe(1);
  });

  it('picks up a job a crashed process left running', async () => {
    const first = setup({ leaseMs: 50 });
    first.q.runner = () => new Promise(() => {}); // hangs: the process "dies" mid-job
    first.q.start();
    const id = first.q.add({ n: 21 });
    await expect.poll(() => stateOf(first.jobs, id)).toBe('running');
    // A new process starts on the same data (the old one never stopped cleanly).
    const second = setup({}, first.jobs);
    second.q.start();
    await expect.poll(() => stateOf(first.jobs, id)).toBe('done');
    expect(first.jobs.get(id)!.result).toBe(42);
  });

  it('pauses, resumes and cancels single jobs and the whole queue', async () => {
    const { q, jobs } = setup({ concurrency: 1 });
    const g = gate();
    q.runner = async ({ payload, signal }) => {
      if (payload.n === 1) await Promise.race([g.promise, new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))]);
      return payload.n;
    };
    q.start();
    const a = q.add({ n: 1 });
    const b = q.add({ n: 2 });
    await expect.poll(() => stateOf(jobs, a)).toBe('running');
    q.pause(a);
    expect(stateOf(jobs, a)).toBe('paused');
    await expect.poll(() => stateOf(jobs, b)).toBe('done');
    q.pauseAll();
    q.resume(a);
    await new Promise((r) => setTimeout(r, 30));
    expect(stateOf(jobs, a)).toBe('queued'); // the queue itself is paused
    q.resumeAll();
    await expect.poll(() => stateOf(jobs, a)).toBe('running');
    q.cancel(a);
    expect(stateOf(jobs, a)).toBe('cancelled');
    g.open();
  });

  it('moves a waiting job to the front of the queue', async () => {
    const { q, jobs } = setup({ concurrency: 1 });
    const g = gate();
    const order: number[] = [];
    q.runner = async ({ payload }) => {
      if (payload.n === 0) await g.promise;
      order.push(payload.n);
    };
    q.start();
    const blocker = q.add({ n: 0 });
    await expect.poll(() => stateOf(jobs, blocker)).toBe('running');
    const ids = [1, 2, 3].map((n) => q.add({ n }));
    q.moveToFront(ids[2]!);
    g.open();
    await expect.poll(() => ids.every((id) => stateOf(jobs, id) === 'done')).toBe(true);
    expect(order).toEqual([0, 3, 1, 2]);
  });

  it('runs higher priority jobs first', async () => {
    const { q, jobs } = setup({ concurrency: 1 });
    const order: number[] = [];
    q.runner = async ({ payload }) => void order.push(payload.n);
    const low = q.add({ n: 1 }, 0);
    const high = q.add({ n: 2 }, 10);
    q.start();
    await expect.poll(() => [low, high].every((id) => stateOf(jobs, id) === 'done')).toBe(true);
    expect(order).toEqual([2, 1]);
  });

  it('a restart after a clean stop or a crash uses no attempt', async () => {
    const first = setup({ maxAttempts: 1 });
    first.q.runner = () => new Promise(() => {});
    first.q.start();
    const id = first.q.add({ n: 1 });
    await expect.poll(() => stateOf(first.jobs, id)).toBe('running');
    first.q.stop(); // a clean stop
    expect(stateOf(first.jobs, id)).toBe('queued');
    const second = setup({ maxAttempts: 1 }, first.jobs);
    second.q.runner = () => new Promise(() => {}); // then the process "dies" mid-job
    second.q.start();
    await expect.poll(() => stateOf(first.jobs, id)).toBe('running');
    const seen: number[] = [];
    const third = setup({ maxAttempts: 1 }, first.jobs);
    third.q.runner = async ({ attempt }) => {
      seen.push(attempt);
      throw new AppFailure('upstream', 'still down');
    };
    third.q.start();
    await expect.poll(() => stateOf(first.jobs, id)).toBe('failed');
    expect(seen).toEqual([1]); // two restarts, and the one allowed attempt was still there
    expect(first.jobs.get(id)!.attempts).toBe(1);
  });

  it('retry by the user gives a fresh set of attempts', async () => {
    const { q, jobs } = setup({ maxAttempts: 3 });
    const tries: number[] = [];
    q.runner = async ({ attempt }) => {
      tries.push(attempt);
      throw new AppFailure('timeout');
    };
    q.start();
    const id = q.add({ n: 1 });
    await expect.poll(() => stateOf(jobs, id)).toBe('failed');
    q.retry(id);
    await expect.poll(() => tries.length).toBe(6);
    await expect.poll(() => stateOf(jobs, id)).toBe('failed');
    expect(tries).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('a failure marked final is not retried', async () => {
    const { q, jobs } = setup({ maxAttempts: 5 });
    let tries = 0;
    q.runner = async () => {
      tries++;
      throw new AppFailure('upstream', 'sent too often', { final: true });
    };
    q.start();
    const id = q.add({ n: 1 });
    await expect.poll(() => stateOf(jobs, id)).toBe('failed');
    expect(tries).toBe(1);
  });

  it('a job whose lease lapsed is taken by another owner, and the old run can no longer write', async () => {
    const first = setup({ leaseMs: 30, heartbeatMs: 60_000 }); // a stalled process: no heartbeat in time
    const g = gate();
    const writes: string[] = [];
    let firstSignal: AbortSignal | null = null;
    first.q.runner = async (ctx) => {
      firstSignal = ctx.signal;
      await g.promise;
      ctx.write(() => writes.push('first'));
      return 'first';
    };
    first.q.start();
    const id = first.q.add({ n: 1 });
    await expect.poll(() => stateOf(first.jobs, id)).toBe('running');
    await new Promise((r) => setTimeout(r, 60));
    const second = setup({ leaseMs: 30_000 }, first.jobs);
    second.q.runner = async (ctx) => {
      ctx.write(() => writes.push('second'));
      return 'second';
    };
    second.q.start();
    second.q.add({ n: 2 }); // any pump sweeps lapsed leases
    await expect.poll(() => first.jobs.get(id)?.result).toBe('second');
    g.open();
    await new Promise((r) => setTimeout(r, 20));
    expect(writes.filter((w) => w === 'first')).toEqual([]);
    expect(firstSignal!.aborted).toBe(true);
    expect(first.jobs.get(id)).toMatchObject({ state: 'done', result: 'second', attempts: 1 });
  });

  it('a heartbeat that finds the lease gone stops the run', async () => {
    const base = setup({ heartbeatMs: 10 });
    const jobs = { ...base.jobs, heartbeat: () => false };
    const { q } = setup({ heartbeatMs: 10 }, jobs);
    let signal: AbortSignal | null = null;
    q.runner = (ctx) => {
      signal = ctx.signal;
      return new Promise(() => {});
    };
    q.start();
    q.add({ n: 1 });
    await expect.poll(() => signal?.aborted).toBe(true);
    expect(q.running).toBe(0); // the slot is free for other work
  });

  it('a heartbeat the database refuses keeps the job while its lease lasts, and stops it once the lease is gone', async () => {
    const base = setup();
    let refusals = 0;
    const jobs = {
      ...base.jobs,
      heartbeat: () => {
        refusals++;
        throw new Error('SQLITE_BUSY: database is locked');
      },
    };
    const long = setup({ heartbeatMs: 5, leaseMs: 600_000 }, jobs).q;
    const g = gate();
    let signal: AbortSignal | null = null;
    long.runner = async (ctx) => {
      signal = ctx.signal;
      await g.promise;
      return 'kept';
    };
    long.start();
    const id = long.add({ n: 1 });
    await expect.poll(() => refusals).toBeGreaterThan(3);
    g.open();
    await expect.poll(() => stateOf(base.jobs, id)).toBe('done');
    expect(signal!.aborted).toBe(false);
    long.stop();

    const short = setup({ heartbeatMs: 5, leaseMs: 1 }, jobs).q;
    const runs: AbortSignal[] = [];
    short.runner = (ctx) => {
      runs.push(ctx.signal);
      return new Promise(() => {});
    };
    short.start();
    short.add({ n: 2 });
    // The run whose lease lapsed is stopped; the job itself is free to run again (here, by this same queue).
    await expect.poll(() => runs[0]?.aborted).toBe(true);
  });

  it("with resumeAfterCrash 'interrupt', work cut by a stop or a crash is not sent again until the user retries", async () => {
    const first = setup({ resumeAfterCrash: 'interrupt' });
    let sends = 0;
    first.q.runner = () => (sends++, new Promise(() => {}));
    first.q.start();
    const stopped = first.q.add({ n: 1 });
    await expect.poll(() => stateOf(first.jobs, stopped)).toBe('running');
    first.q.stop();
    expect(first.jobs.get(stopped)).toMatchObject({ state: 'interrupted', attempts: 0 });
    const second = setup({ resumeAfterCrash: 'interrupt' }, first.jobs);
    second.q.runner = () => (sends++, new Promise(() => {})); // this one "crashes"
    const crashed = second.q.add({ n: 2 });
    second.q.start();
    await expect.poll(() => stateOf(first.jobs, crashed)).toBe('running');
    const third = setup({ resumeAfterCrash: 'interrupt' }, first.jobs);
    third.q.runner = async ({ payload }) => (sends++, payload.n);
    third.q.start();
    await new Promise((r) => setTimeout(r, 30));
    expect(stateOf(first.jobs, crashed)).toBe('interrupted');
    expect(first.jobs.get(crashed)!.error).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/not sent again/) });
    expect(sends).toBe(2);
    third.q.retry(crashed);
    await expect.poll(() => stateOf(first.jobs, crashed)).toBe('done');
    expect(sends).toBe(3);
  });
});
