import type { AppError } from '../../../../shared/errors';
import type { Db } from '../connection';

export type JobState = 'queued' | 'running' | 'waiting' | 'paused' | 'done' | 'failed' | 'cancelled' | 'interrupted';

/** States a job never leaves by itself. */
export const SETTLED_STATES: readonly JobState[] = ['done', 'failed', 'cancelled', 'interrupted'];

export interface JobRow {
  id: string;
  queue: string;
  state: JobState;
  priority: number;
  payload: unknown;
  result: unknown;
  error: AppError | null;
  /** Runs that reached an outcome (done, or a failure other than "offline"); restarts after a crash or stop use none. */
  attempts: number;
  waitReason: 'network' | 'backoff' | null;
  nextRunAt: number;
  progress: { done: number; total: number; message: string | null } | null;
  /** Who holds the claim and until when (ms since epoch); null unless running. */
  leaseOwner: string | null;
  leaseExpiresAt: number | null;
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
  lease_owner: string | null;
  lease_expires_at: number | null;
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
  leaseOwner: r.lease_owner,
  leaseExpiresAt: r.lease_expires_at,
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
    "UPDATE jobs SET state = 'running', lease_owner = @owner, lease_expires_at = @expires, wait_reason = NULL, started_at = COALESCE(started_at, @now), updated_at = @now WHERE id = @id AND state = 'queued'",
  );
  const heartbeat = db.prepare("UPDATE jobs SET lease_expires_at = @expires WHERE id = @id AND lease_owner = @owner AND state = 'running'");
  const setState = db.prepare(
    'UPDATE jobs SET state = @state, wait_reason = @waitReason, next_run_at = @nextRunAt, error = @error, lease_owner = NULL, lease_expires_at = NULL, updated_at = @now, finished_at = @finishedAt WHERE id = @id',
  );
  const settle = db.prepare(
    `UPDATE jobs SET state = @state, wait_reason = @waitReason, next_run_at = @nextRunAt, error = @error, result = COALESCE(@result, result),
       attempts = attempts + @used, lease_owner = NULL, lease_expires_at = NULL, updated_at = @now, finished_at = @finishedAt
     WHERE id = @id AND lease_owner = @owner AND state = 'running'`,
  );
  const takeOver = db.prepare(
    "UPDATE jobs SET state = @state, error = @error, wait_reason = NULL, next_run_at = 0, lease_owner = NULL, lease_expires_at = NULL, updated_at = @now, finished_at = @finishedAt WHERE id = @id AND state = 'running' AND lease_owner IS @expected",
  );
  const holds = db.prepare<{ id: string; owner: string }, { id: string }>("SELECT id FROM jobs WHERE id = @id AND lease_owner = @owner AND state = 'running'");
  const fresh = db.prepare(
    "UPDATE jobs SET state = 'queued', attempts = 0, wait_reason = NULL, next_run_at = 0, error = NULL, lease_owner = NULL, lease_expires_at = NULL, updated_at = @now, finished_at = NULL WHERE id = @id",
  );
  const progress = db.prepare("UPDATE jobs SET progress = @progress, updated_at = @now WHERE id = @id AND lease_owner = @owner AND state = 'running'");
  const orphaned = db.prepare<{ queue: string; owner: string }, Raw>(
    "SELECT * FROM jobs WHERE queue = @queue AND state = 'running' AND (lease_owner IS NULL OR lease_owner <> @owner)",
  );
  const expired = db.prepare<{ queue: string; at: number }, Raw>(
    "SELECT * FROM jobs WHERE queue = @queue AND state = 'running' AND (lease_expires_at IS NULL OR lease_expires_at < @at)",
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
    /** Takes the next ready job under a lease, atomically. Claiming uses no attempt: only an outcome does. */
    claimNext: db.transaction((queue: string, owner: string, leaseMs: number, at: number): JobRow | undefined => {
      const r = next.get({ queue, at });
      if (!r) return undefined;
      claim.run({ id: r.id, owner, expires: at + leaseMs, now: now() });
      return toRow(get.get(r.id)!);
    }),
    /** Extends the lease; false when it is no longer ours (taken over, or the job left 'running'). */
    heartbeat: (id: string, owner: string, expires: number) => heartbeat.run({ id, owner, expires }).changes > 0,
    /** Sets a state regardless of who runs the job (user actions, recovery). */
    setState: (id: string, state: JobState, opts: { waitReason?: JobRow['waitReason']; nextRunAt?: number; error?: unknown } = {}) =>
      void setState.run({
        id,
        state,
        waitReason: opts.waitReason ?? null,
        nextRunAt: opts.nextRunAt ?? 0,
        error: opts.error ? JSON.stringify(opts.error) : null,
        now: now(),
        finishedAt: SETTLED_STATES.includes(state) ? now() : null,
      }),
    /**
     * Records a run's outcome, only while `owner` still holds the lease: a process that lost its job
     * never overwrites what the new owner does. `usedAttempt` counts the run against maxAttempts.
     */
    settle: (
      id: string,
      owner: string,
      state: JobState,
      opts: { waitReason?: JobRow['waitReason']; nextRunAt?: number; error?: unknown; result?: unknown; usedAttempt: boolean },
    ): boolean =>
      settle.run({
        id,
        owner,
        state,
        waitReason: opts.waitReason ?? null,
        nextRunAt: opts.nextRunAt ?? 0,
        error: opts.error ? JSON.stringify(opts.error) : null,
        result: opts.result === undefined ? null : JSON.stringify(opts.result ?? null),
        used: opts.usedAttempt ? 1 : 0,
        now: now(),
        finishedAt: SETTLED_STATES.includes(state) ? now() : null,
      }).changes > 0,
    /** Takes a job from an owner that is gone or let its lease lapse; false if that owner renewed or settled it meanwhile. */
    takeOver: (id: string, expected: string | null, state: 'queued' | 'interrupted', error: unknown) =>
      takeOver.run({ id, expected, state, error: error ? JSON.stringify(error) : null, now: now(), finishedAt: state === 'interrupted' ? now() : null }).changes > 0,
    /** Whether `owner` still holds the job's lease. */
    holdsLease: (id: string, owner: string) => holds.get({ id, owner }) !== undefined,
    /** Runs `write` in one transaction only while `owner` holds the lease; returns false (nothing written) otherwise. */
    fenced: <T>(id: string, owner: string, write: () => T): { ok: true; value: T } | { ok: false } =>
      db.transaction(() => (holds.get({ id, owner }) ? { ok: true as const, value: write() } : { ok: false as const }))(),
    /** Queues a job again with a fresh set of attempts (a retry the user asked for). */
    requeueFresh: (id: string) => void fresh.run({ id, now: now() }),
    progress: (id: string, owner: string, p: JobRow['progress']) => progress.run({ id, owner, progress: JSON.stringify(p), now: now() }).changes > 0,
    /** Jobs left running by another owner: at start, every one of them (one process per data folder). */
    orphaned: (queue: string, owner: string) => orphaned.all({ queue, owner }).map(toRow),
    /** Running jobs whose lease lapsed: their owner stopped renewing it, anyone may take them. */
    expired: (queue: string, at: number) => expired.all({ queue, at }).map(toRow),
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
