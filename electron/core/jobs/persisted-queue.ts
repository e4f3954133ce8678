import crypto from 'node:crypto';
import { AppFailure, makeError } from '../../../shared/errors';
import type { JobRow, JobsRepo, JobState } from '../db/repos/jobs';
import type { Logger } from '../log';
import { backoffDelay } from '../pipeline/backoff';
import type { EventBus } from '../rpc/events';

export interface JobContext<P> {
  id: string;
  payload: P;
  /** 1 for the first run; a job resumed after waiting for the network keeps its attempt number. */
  attempt: number;
  /** Aborted when the job is paused or cancelled, or the app stops. */
  signal: AbortSignal;
  progress(done: number, total: number, message?: string | null): void;
}

export interface QueueOptions {
  name: string;
  concurrency: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  leaseMs?: number;
  heartbeatMs?: number;
  /** Whether the network (the provider) answers again; jobs waiting for it resume when it does. */
  networkProbe?: () => Promise<boolean>;
  /** First and longest delay between network probes. */
  probeDelays?: { firstMs: number; maxMs: number };
}

/** Failures that mean "no network": the job waits, it is not failed and no attempt is used. */
const OFFLINE_CODES = new Set(['offline']);
/** Failures worth another attempt later. */
const RETRYABLE_CODES = new Set(['offline', 'timeout', 'upstream', 'rate_limited', 'internal']);

/**
 * The one persisted queue base (DESIGN.md §2.8): jobs live in SQLite and are claimed under a lease
 * kept alive by heartbeats, so after a crash the next start finds them and runs them again.
 * Subclasses only say how to parse a payload and how to run a job; attempts, backoff, concurrency,
 * pause / resume / cancel, waiting for the network and crash recovery are handled here.
 */
export abstract class PersistedQueue<P> {
  private readonly owner = crypto.randomUUID();
  private readonly active = new Map<string, AbortController>();
  private readonly heartbeats = new Map<string, NodeJS.Timeout>();
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
  /** Called when a job reaches done, failed or cancelled (notifications, follow-up work). */
  protected onSettled(_job: JobRow): void {}

  get name(): string {
    return this.options.name;
  }

  get running(): number {
    return this.active.size;
  }

  add(payload: P, priority = 0): string {
    const id = crypto.randomUUID();
    this.repo.insert(id, this.name, payload, priority);
    this.announce(id);
    this.pump();
    return id;
  }

  /** Re-queues what a previous process left running, then starts work. */
  start(): void {
    this.started = true;
    for (const job of this.repo.orphaned(this.name, this.owner, Date.now())) {
      this.hooks.log.warn('jobs.recovered', { queue: this.name, job: job.id });
      this.repo.setState(job.id, 'queued');
    }
    if (this.repo.waitingForNetwork(this.name).length > 0) this.scheduleProbe();
    this.pump();
  }

  /** Stops taking work; running jobs are put back in the queue to resume at the next start. */
  stop(): void {
    this.started = false;
    for (const [id, controller] of this.active) {
      controller.abort(new AppFailure('cancelled', 'Atelier is closing.'));
      this.repo.setState(id, 'queued');
    }
    this.active.clear();
    for (const timer of this.heartbeats.values()) clearInterval(timer);
    this.heartbeats.clear();
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
    if (job.state === 'done' || job.state === 'cancelled') return;
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

  /** A failed job gets a fresh set of attempts. */
  retry(id: string): void {
    const job = this.mustGet(id);
    if (job.state !== 'failed' && job.state !== 'cancelled') return;
    this.setState(id, 'queued');
    this.pump();
  }

  private mustGet(id: string): JobRow {
    const job = this.repo.get(id);
    if (!job || job.queue !== this.name) throw new AppFailure('not_found', 'That job no longer exists.');
    return job;
  }

  private interrupt(id: string, next: JobState): void {
    const controller = this.active.get(id);
    this.active.delete(id);
    clearInterval(this.heartbeats.get(id));
    this.heartbeats.delete(id);
    this.setState(id, next);
    controller?.abort(new AppFailure('cancelled', next === 'cancelled' ? 'The job was cancelled.' : 'The job was paused.'));
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
    while (this.active.size < this.options.concurrency) {
      const job = this.repo.claimNext(this.name, this.owner, this.options.leaseMs ?? 30_000, Date.now());
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

  private async execute(job: JobRow): Promise<void> {
    const controller = new AbortController();
    this.active.set(job.id, controller);
    this.announce(job.id);
    const leaseMs = this.options.leaseMs ?? 30_000;
    const heartbeat = setInterval(() => this.repo.heartbeat(job.id, this.owner, Date.now() + leaseMs), this.options.heartbeatMs ?? 10_000);
    heartbeat.unref();
    this.heartbeats.set(job.id, heartbeat);
    try {
      const payload = this.parse(job.payload);
      const result = await this.run({
        id: job.id,
        payload,
        attempt: job.attempts,
        signal: controller.signal,
        progress: (done, total, message = null) => {
          if (controller.signal.aborted) return;
          this.repo.progress(job.id, { done, total, message });
          this.announce(job.id);
        },
      });
      if (this.active.get(job.id) !== controller) return; // paused or cancelled meanwhile
      this.repo.finish(job.id, result);
      this.announce(job.id);
      this.onSettled(this.mustGet(job.id));
    } catch (error) {
      if (this.active.get(job.id) !== controller) return; // paused, cancelled or stopped: state already set
      this.settleFailure(job, error);
    } finally {
      clearInterval(heartbeat);
      if (this.active.get(job.id) === controller) {
        this.active.delete(job.id);
        this.heartbeats.delete(job.id);
      }
      if (this.started) this.pump();
    }
  }

  private settleFailure(job: JobRow, error: unknown): void {
    const failure = error instanceof AppFailure ? error : new AppFailure('internal', error instanceof Error ? error.message : String(error));
    const appError = makeError(failure.code, failure.message, failure.details);
    if (OFFLINE_CODES.has(failure.code)) {
      this.hooks.log.warn('jobs.waiting_network', { queue: this.name, job: job.id });
      this.setState(job.id, 'waiting', { waitReason: 'network', error: appError });
      this.scheduleProbe();
      return;
    }
    if (RETRYABLE_CODES.has(failure.code) && job.attempts < this.options.maxAttempts) {
      const delay = backoffDelay(job.attempts, this.options.backoffBaseMs, this.options.backoffMaxMs);
      this.setState(job.id, 'queued', { waitReason: 'backoff', nextRunAt: Date.now() + delay, error: appError });
      return;
    }
    this.hooks.log.error('jobs.failed', { queue: this.name, job: job.id, code: failure.code });
    this.setState(job.id, 'failed', { error: appError });
    this.onSettled(this.mustGet(job.id));
  }

  /** Probes the network with growing delays; when it answers, every job waiting for it is queued again. */
  private scheduleProbe(): void {
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
    }, this.probeDelay);
    this.probeTimer.unref();
  }
}
