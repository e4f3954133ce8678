import crypto from 'node:crypto';
import { AppFailure, makeError } from '../../../shared/errors';
import type { JobRow, JobsRepo, JobState } from '../db/repos/jobs';
import type { Logger } from '../log';
import { backoffDelay } from '../pipeline/backoff';
import type { EventBus } from '../rpc/events';

/**
 * How often a queue waiting for the network looks again: every second at most, so work resumes within
 * a second or two of the network returning, however long it was gone (a probe is one small request),
 * and at once when any other request reaches the provider first (see `networkBack`).
 */
export const PROBE_DELAYS = { firstMs: 500, maxMs: 1_000 } as const;

export interface JobContext<P> {
  id: string;
  payload: P;
  /** 1 for the first run. Only runs that reached an outcome count: restarts after a crash or a stop, and waiting for the network, do not. */
  attempt: number;
  /** Aborted when the job is paused or cancelled, the app stops, or this process lost the job's lease. */
  signal: AbortSignal;
  progress(done: number, total: number, message?: string | null): void;
  /**
   * Runs `write` in one database transaction, only while this process still holds the job's lease.
   * Results a job writes as it goes (a finished chunk, a generated image) go through here: once the
   * lease is lost, another owner may be running the job, so this throws and nothing is written.
   */
  write<T>(write: () => T): T;
}

export interface QueueOptions {
  name: string;
  concurrency: number;
  /** Runs that may end in a retryable failure before the job fails (the user's retry starts a fresh set). */
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long a claim lasts without a heartbeat; a lapsed lease lets another owner take the job. */
  leaseMs?: number;
  heartbeatMs?: number;
  /**
   * What happens to a job that was running when the app crashed or stopped:
   * 'requeue' (default) runs it again without using an attempt — for idempotent work, such as chunks
   * whose results are recorded one by one; 'interrupt' leaves it 'interrupted', not sent again until
   * the user retries — for work that must not be paid twice (image generation in flight).
   */
  resumeAfterCrash?: 'requeue' | 'interrupt';
  /** Whether the network (the provider) answers again; jobs waiting for it resume when it does. */
  networkProbe?: () => Promise<boolean>;
  /** First and longest delay between network probes. */
  probeDelays?: { firstMs: number; maxMs: number };
}

/** Failures that mean "no network": the job waits, it is not failed and no attempt is used. */
const OFFLINE_CODES = new Set(['offline']);
/** Failures worth another attempt later (unless the failure says `details.final`). */
const RETRYABLE_CODES = new Set(['offline', 'timeout', 'upstream', 'rate_limited', 'internal']);

interface Running {
  controller: AbortController;
  heartbeat: NodeJS.Timeout;
  /** When the lease we last wrote runs out. */
  leaseUntil: number;
}

const interruptedError = () =>
  makeError('cancelled', 'Atelier stopped while this was in progress. It was not sent again by itself, so it is never paid for twice.');

/**
 * The one persisted queue base (docs/architecture.md, "What the job base guarantees"): jobs live in SQLite and are claimed under a lease
 * kept alive by heartbeats, so after a crash the next start finds them and runs them again.
 * Subclasses only say how to parse a payload and how to run a job; attempts, backoff, concurrency,
 * pause / resume / cancel, waiting for the network, leases and crash recovery are handled here.
 * What it guarantees is written down in docs/architecture.md (Transcription → the job base).
 */
export abstract class PersistedQueue<P> {
  private readonly owner = crypto.randomUUID();
  private readonly active = new Map<string, Running>();
  private wakeTimer: NodeJS.Timeout | null = null;
  private probeTimer: NodeJS.Timeout | null = null;
  private probeDelay: number;
  private started = false;

  constructor(
    protected readonly repo: JobsRepo,
    protected readonly options: QueueOptions,
    protected readonly hooks: { events: EventBus; log: Logger },
  ) {
    this.probeDelay = options.probeDelays?.firstMs ?? 1000;
  }

  protected abstract parse(payload: unknown): P;
  protected abstract run(ctx: JobContext<P>): Promise<unknown>;
  /** Called when a job reaches done, failed, cancelled or interrupted (notifications, follow-up work). */
  protected onSettled(_job: JobRow): void {}
  /** Called when the user retries a job: reset per-job budgets that should start afresh. */
  protected onRetry(_job: JobRow): void {}

  get name(): string {
    return this.options.name;
  }

  get running(): number {
    return this.active.size;
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? 30_000;
  }

  add(payload: P, priority = 0): string {
    const id = crypto.randomUUID();
    this.repo.insert(id, this.name, payload, priority);
    this.announce(id);
    this.pump();
    return id;
  }

  /** Takes over what a previous process left running (requeued or interrupted, no attempt used), then starts work. */
  start(): void {
    this.started = true;
    for (const job of this.repo.orphaned(this.name, this.owner)) this.recover(job);
    if (this.repo.waitingForNetwork(this.name).length > 0) this.scheduleProbe();
    this.pump();
  }

  /** Stops taking work; running jobs resume at the next start (or are interrupted, see `resumeAfterCrash`), using no attempt. */
  stop(): void {
    this.started = false;
    const next: JobState = this.options.resumeAfterCrash === 'interrupt' ? 'interrupted' : 'queued';
    for (const [id, run] of this.active) {
      clearInterval(run.heartbeat);
      run.controller.abort(new AppFailure('cancelled', 'Atelier is closing.'));
      this.repo.settle(id, this.owner, next, { usedAttempt: false, error: next === 'interrupted' ? interruptedError() : null });
    }
    this.active.clear();
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    if (this.probeTimer) clearTimeout(this.probeTimer);
  }

  get paused(): boolean {
    return this.repo.isQueuePaused(this.name);
  }

  pauseAll(): void {
    this.repo.setQueuePaused(this.name, true);
    for (const id of [...this.active.keys()]) this.interrupt(id, 'queued');
  }

  resumeAll(): void {
    this.repo.setQueuePaused(this.name, false);
    this.pump();
  }

  pause(id: string): void {
    const job = this.mustGet(id);
    if (job.state !== 'queued' && job.state !== 'waiting' && job.state !== 'running') return;
    if (this.active.has(id)) this.interrupt(id, 'paused');
    else this.setState(id, 'paused');
  }

  resume(id: string): void {
    const job = this.mustGet(id);
    if (job.state !== 'paused') return;
    this.setState(id, 'queued');
    this.pump();
  }

  cancel(id: string): void {
    const job = this.mustGet(id);
    if (job.state === 'done' || job.state === 'cancelled') return;
    if (this.active.has(id)) this.interrupt(id, 'cancelled');
    else this.setState(id, 'cancelled');
    this.onSettled(this.mustGet(id));
  }

  /** Runs this job next (when a slot frees; running jobs are not interrupted). */
  moveToFront(id: string): void {
    this.mustGet(id);
    this.repo.moveToFront(this.name, id);
    this.announce(id);
    this.pump();
  }

  /** A failed, cancelled or interrupted job is queued again with a fresh set of attempts. */
  retry(id: string): void {
    const job = this.mustGet(id);
    if (job.state !== 'failed' && job.state !== 'cancelled' && job.state !== 'interrupted') return;
    this.onRetry(job);
    this.repo.requeueFresh(id);
    this.announce(id);
    this.pump();
  }

  private mustGet(id: string): JobRow {
    const job = this.repo.get(id);
    if (!job || job.queue !== this.name) throw new AppFailure('not_found', 'That job no longer exists.');
    return job;
  }

  /** A job this process no longer owns: queued again, or interrupted for non-idempotent queues. */
  private recover(job: JobRow): void {
    const interrupt = this.options.resumeAfterCrash === 'interrupt';
    this.hooks.log.warn(interrupt ? 'jobs.interrupted' : 'jobs.recovered', { queue: this.name, job: job.id });
    if (!this.repo.takeOver(job.id, job.leaseOwner, interrupt ? 'interrupted' : 'queued', interrupt ? interruptedError() : null)) return;
    this.announce(job.id);
    if (interrupt) this.onSettled(this.mustGet(job.id));
  }

  /** Stops a running job by the user's hand (pause, cancel, pause all); the new state is theirs. */
  private interrupt(id: string, next: JobState): void {
    const run = this.active.get(id);
    this.active.delete(id);
    if (run) clearInterval(run.heartbeat);
    this.setState(id, next);
    run?.controller.abort(new AppFailure('cancelled', next === 'cancelled' ? 'The job was cancelled.' : 'The job was paused.'));
    this.pump();
  }

  /** This process may no longer write for the job: stop it locally and leave its row to whoever holds it. */
  private loseLease(id: string, controller: AbortController): void {
    const run = this.active.get(id);
    if (run?.controller !== controller) return;
    this.active.delete(id);
    clearInterval(run.heartbeat);
    this.hooks.log.warn('jobs.lease_lost', { queue: this.name, job: id });
    controller.abort(new AppFailure('conflict', 'This job was taken over by another run of Atelier.'));
    this.announce(id);
    this.pump();
  }

  private setState(id: string, state: JobState, opts?: Parameters<JobsRepo['setState']>[2]): void {
    this.repo.setState(id, state, opts);
    this.announce(id);
  }

  protected announce(id: string): void {
    const job = this.repo.get(id);
    if (!job) return;
    this.hooks.events.emit('job.progress', {
      queue: this.name,
      jobId: id,
      state: job.state === 'waiting' && job.waitReason === 'network' ? 'waiting_network' : job.state,
      done: job.progress?.done ?? 0,
      total: job.progress?.total ?? 0,
      message: job.progress?.message ?? null,
    });
  }

  private pump = (): void => {
    if (!this.started || this.paused) return;
    const now = Date.now();
    for (const job of this.repo.expired(this.name, now)) if (!this.active.has(job.id)) this.recover(job);
    while (this.active.size < this.options.concurrency) {
      const job = this.repo.claimNext(this.name, this.owner, this.leaseMs, Date.now());
      if (!job) break;
      void this.execute(job);
    }
    this.scheduleWake();
  };

  private scheduleWake(): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    const at = this.repo.soonest(this.name);
    if (at === null || this.active.size >= this.options.concurrency) return;
    this.wakeTimer = setTimeout(this.pump, Math.max(0, at - Date.now()));
    this.wakeTimer.unref();
  }

  private beat(id: string, controller: AbortController): void {
    const run = this.active.get(id);
    if (run?.controller !== controller) return;
    const until = Date.now() + this.leaseMs;
    let held: boolean;
    try {
      held = this.repo.heartbeat(id, this.owner, until);
    } catch (error) {
      // The database refused the write (busy, disk full): we keep the job until our lease runs out.
      this.hooks.log.warn('jobs.heartbeat_failed', { queue: this.name, job: id, error: error instanceof Error ? error.message : String(error) });
      held = Date.now() < run.leaseUntil;
      if (held) return;
    }
    if (held) run.leaseUntil = until;
    else this.loseLease(id, controller);
  }

  private async execute(job: JobRow): Promise<void> {
    const controller = new AbortController();
    const heartbeat = setInterval(() => this.beat(job.id, controller), this.options.heartbeatMs ?? 10_000);
    heartbeat.unref();
    this.active.set(job.id, { controller, heartbeat, leaseUntil: Date.now() + this.leaseMs });
    this.announce(job.id);
    const mine = () => this.active.get(job.id)?.controller === controller;
    try {
      const payload = this.parse(job.payload);
      const result = await this.run({
        id: job.id,
        payload,
        attempt: job.attempts + 1,
        signal: controller.signal,
        progress: (done, total, message = null) => {
          if (controller.signal.aborted) return;
          if (this.repo.progress(job.id, this.owner, { done, total, message })) this.announce(job.id);
          else this.loseLease(job.id, controller);
        },
        write: (write) => {
          const out = mine() ? this.repo.fenced(job.id, this.owner, write) : { ok: false as const };
          if (out.ok) return out.value;
          this.loseLease(job.id, controller);
          throw controller.signal.reason instanceof AppFailure ? controller.signal.reason : new AppFailure('cancelled');
        },
      });
      if (!mine()) return; // paused, cancelled, stopped or taken over meanwhile
      if (!this.repo.settle(job.id, this.owner, 'done', { result: result ?? null, usedAttempt: true })) return this.loseLease(job.id, controller);
      this.announce(job.id);
      this.onSettled(this.mustGet(job.id));
    } catch (error) {
      if (!mine()) return; // paused, cancelled, stopped or taken over: the state is already someone else's
      this.settleFailure(job, controller, error);
    } finally {
      clearInterval(heartbeat);
      if (mine()) this.active.delete(job.id);
      if (this.started) this.pump();
    }
  }

  private settleFailure(job: JobRow, controller: AbortController, error: unknown): void {
    const failure = error instanceof AppFailure ? error : new AppFailure('internal', error instanceof Error ? error.message : String(error));
    const appError = makeError(failure.code, failure.message, failure.details);
    let state: JobState = 'failed';
    let opts: Parameters<JobsRepo['settle']>[3] = { error: appError, usedAttempt: true };
    if (OFFLINE_CODES.has(failure.code)) {
      state = 'waiting';
      opts = { waitReason: 'network', error: appError, usedAttempt: false };
    } else if (RETRYABLE_CODES.has(failure.code) && failure.details?.final !== true && job.attempts + 1 < this.options.maxAttempts) {
      state = 'queued';
      opts = { waitReason: 'backoff', nextRunAt: Date.now() + backoffDelay(job.attempts + 1, this.options.backoffBaseMs, this.options.backoffMaxMs), error: appError, usedAttempt: true };
    }
    if (!this.repo.settle(job.id, this.owner, state, opts)) return this.loseLease(job.id, controller);
    this.announce(job.id);
    if (state === 'waiting') {
      this.hooks.log.warn('jobs.waiting_network', { queue: this.name, job: job.id });
      this.scheduleProbe();
    } else if (state === 'failed') {
      this.hooks.log.error('jobs.failed', { queue: this.name, job: job.id, code: failure.code });
      this.onSettled(this.mustGet(job.id));
    }
  }

  /** Something reached the provider again (another request was answered): probe now, not at the next tick. */
  networkBack(): void {
    if (!this.started || !this.options.networkProbe || this.repo.waitingForNetwork(this.name).length === 0) return;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
    this.scheduleProbe(0);
  }

  /** Probes the network with growing delays; when it answers, every job waiting for it is queued again. */
  private scheduleProbe(delay = this.probeDelay): void {
    if (this.probeTimer || !this.options.networkProbe) return;
    this.probeTimer = setTimeout(async () => {
      this.probeTimer = null;
      const online = await this.options.networkProbe!().catch(() => false);
      if (!this.started) return;
      const waiting = this.repo.waitingForNetwork(this.name);
      if (online) {
        this.probeDelay = this.options.probeDelays?.firstMs ?? 1000;
        for (const job of waiting) this.setState(job.id, 'queued', { waitReason: 'network' });
        this.pump();
      } else if (waiting.length > 0) {
        this.probeDelay = Math.min(this.probeDelay * 2, this.options.probeDelays?.maxMs ?? 30_000);
        this.scheduleProbe();
      }
    }, delay);
    this.probeTimer.unref();
  }
}
