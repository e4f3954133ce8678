import type { AppError } from '../../../../shared/errors';
import type { Db } from '../connection';

export type JobState = 'queued' | 'running' | 'waiting' | 'paused' | 'done' | 'failed' | 'cancelled';

export interface JobRow {
  id: string;
  queue: string;
  state: JobState;
  priority: number;
  payload: unknown;
  result: unknown;
  error: AppError | null;
  attempts: number;
  waitReason: 'network' | 'backoff' | null;
  nextRunAt: number;
  progress: { done: number; total: number; message: string | null } | null;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

interface Raw {
  id: string;
  queue: string;
  state: JobState;
  priority: number;
  payload: string;
  result: string | null;
  error: string | null;
  attempts: number;
  wait_reason: JobRow['waitReason'];
  next_run_at: number;
  progress: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

const parse = <T>(s: string | null): T | null => (s === null ? null : (JSON.parse(s) as T));
const toRow = (r: Raw): JobRow => ({
  id: r.id,
  queue: r.queue,
  state: r.state,
  priority: r.priority,
  payload: JSON.parse(r.payload) as unknown,
  result: parse(r.result),
  error: parse<AppError>(r.error),
  attempts: r.attempts,
  waitReason: r.wait_reason,
  nextRunAt: r.next_run_at,
  progress: parse(r.progress),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

/** Persisted jobs: claimed under a lease, so a crashed process's work is found and resumed. */
export function createJobsRepo(db: Db) {
  const now = () => new Date().toISOString();
  const insert = db.prepare(
    "INSERT INTO jobs (id, queue, state, priority, payload, created_at, updated_at) VALUES (@id, @queue, 'queued', @priority, @payload, @now, @now)",
  );
  const get = db.prepare<[string], Raw>('SELECT * FROM jobs WHERE id = ?');
  const list = db.prepare<[string], Raw>('SELECT * FROM jobs WHERE queue = ? ORDER BY created_at DESC');
  const next = db.prepare<{ queue: string; at: number }, Raw>(
    "SELECT * FROM jobs WHERE queue = @queue AND state = 'queued' AND next_run_at <= @at ORDER BY priority DESC, created_at LIMIT 1",
  );
  const claim = db.prepare(
    "UPDATE jobs SET state = 'running', lease_owner = @owner, lease_expires_at = @expires, attempts = attempts + @count, wait_reason = NULL, started_at = COALESCE(started_at, @now), updated_at = @now WHERE id = @id AND state = 'queued'",
  );
  const heartbeat = db.prepare("UPDATE jobs SET lease_expires_at = @expires WHERE id = @id AND lease_owner = @owner AND state = 'running'");
  const setState = db.prepare(
    'UPDATE jobs SET state = @state, wait_reason = @waitReason, next_run_at = @nextRunAt, error = @error, lease_owner = NULL, lease_expires_at = NULL, updated_at = @now, finished_at = @finishedAt WHERE id = @id',
  );
  const finish = db.prepare(
    "UPDATE jobs SET state = 'done', result = @result, error = NULL, lease_owner = NULL, lease_expires_at = NULL, updated_at = @now, finished_at = @now WHERE id = @id",
  );
  const progress = db.prepare('UPDATE jobs SET progress = @progress, updated_at = @now WHERE id = @id');
  const orphaned = db.prepare<{ queue: string; owner: string; at: number }, Raw>(
    "SELECT * FROM jobs WHERE queue = @queue AND state = 'running' AND (lease_owner IS NULL OR lease_owner <> @owner OR lease_expires_at < @at)",
  );
  const soonest = db.prepare<[string], { at: number | null }>("SELECT MIN(next_run_at) AS at FROM jobs WHERE queue = ? AND state = 'queued'");
  const waiting = db.prepare<[string], Raw>("SELECT * FROM jobs WHERE queue = ? AND state = 'waiting' AND wait_reason = 'network'");
  const unfinished = db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM jobs WHERE queue = ? AND state IN ('queued', 'running', 'waiting')");
  const setPriority = db.prepare('UPDATE jobs SET priority = ?, updated_at = ? WHERE id = ?');
  const topPriority = db.prepare<[string], { p: number | null }>("SELECT MAX(priority) AS p FROM jobs WHERE queue = ? AND state IN ('queued', 'waiting', 'paused')");
  const queuePaused = db.prepare<[string], { paused: number }>('SELECT paused FROM queues WHERE name = ?');
  const setQueuePaused = db.prepare('INSERT INTO queues (name, paused) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET paused = excluded.paused');
  return {
    insert: (id: string, queue: string, payload: unknown, priority: number) => void insert.run({ id, queue, payload: JSON.stringify(payload), priority, now: now() }),
    get: (id: string) => {
      const r = get.get(id);
      return r ? toRow(r) : undefined;
    },
    list: (queue: string) => list.all(queue).map(toRow),
    /** Takes the next ready job under a lease, atomically; counts an attempt unless the job is only resuming after waiting for the network. */
    claimNext: db.transaction((queue: string, owner: string, leaseMs: number, at: number): JobRow | undefined => {
      const r = next.get({ queue, at });
      if (!r) return undefined;
      const count = r.wait_reason === 'network' ? 0 : 1;
      claim.run({ id: r.id, owner, expires: at + leaseMs, count, now: now() });
      return toRow(get.get(r.id)!);
    }),
    heartbeat: (id: string, owner: string, expires: number) => heartbeat.run({ id, owner, expires }).changes > 0,
    setState: (id: string, state: JobState, opts: { waitReason?: JobRow['waitReason']; nextRunAt?: number; error?: unknown } = {}) =>
      void setState.run({
        id,
        state,
        waitReason: opts.waitReason ?? null,
        nextRunAt: opts.nextRunAt ?? 0,
        error: opts.error ? JSON.stringify(opts.error) : null,
        now: now(),
        finishedAt: state === 'done' || state === 'failed' || state === 'cancelled' ? now() : null,
      }),
    finish: (id: string, result: unknown) => void finish.run({ id, result: JSON.stringify(result ?? null), now: now() }),
    progress: (id: string, p: JobRow['progress']) => void progress.run({ id, progress: JSON.stringify(p), now: now() }),
    /** Jobs left running by a process that is gone (or whose lease lapsed). */
    orphaned: (queue: string, owner: string, at: number) => orphaned.all({ queue, owner, at }).map(toRow),
    soonest: (queue: string) => soonest.get(queue)?.at ?? null,
    waitingForNetwork: (queue: string) => waiting.all(queue).map(toRow),
    /** Jobs not yet finished (queued, running or waiting): work that should keep the app alive. */
    unfinished: (queue: string) => unfinished.get(queue)!.n,
    /** Puts a job ahead of everything else waiting in its queue. */
    moveToFront: (queue: string, id: string) => void setPriority.run((topPriority.get(queue)?.p ?? 0) + 1, now(), id),
    isQueuePaused: (queue: string) => queuePaused.get(queue)?.paused === 1,
    setQueuePaused: (queue: string, paused: boolean) => void setQueuePaused.run(queue, paused ? 1 : 0),
  };
}
export type JobsRepo = ReturnType<typeof createJobsRepo>;
