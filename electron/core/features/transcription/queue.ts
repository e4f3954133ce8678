import fs from 'node:fs';
import { setMaxListeners } from 'node:events';
import path from 'node:path';
import { AppFailure } from '../../../../shared/errors';
import { estimateTranscription, isPriceUnknown } from '../../../../shared/pricing';
import type { JobsRepo } from '../../db/repos/jobs';
import type { ChunkRow, RecordingRow, RecordingsRepo } from '../../db/repos/recordings';
import { PersistedQueue, type JobContext, PROBE_DELAYS } from '../../jobs/persisted-queue';
import { Semaphore } from '../../jobs/semaphore';
import type { Logger } from '../../log';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { EventBus } from '../../rpc/events';
import { prepareRecording } from './prepare';
import { stitch, type ChunkTranscript } from './stitch';
import type { KnownSpeaker, TranscribeOutput } from '../../pipeline/operations/transcribe';

export const TRANSCRIPTION_QUEUE = 'transcription';
export const TRANSCRIPTION_SCENE = 'meeting_transcription';

export interface TranscriptionDeps {
  repo: RecordingsRepo;
  jobs: JobsRepo;
  stack: Pick<PipelineStack, 'pipeline' | 'operations' | 'settings'>;
  media: MediaStore;
  workRoot: string;
  events: EventBus;
  log: Logger;
  /** Chunks sent at once across the queue. */
  chunkConcurrency: () => number;
  networkProbe: () => Promise<boolean>;
  onSettled?: (recordingId: string, state: string) => void;
}

/**
 * Sends of one chunk allowed over its whole life (every queue attempt and pipeline retry together):
 * one pipeline run's worth of tries and two more. Without it queue attempts multiplied the pipeline's
 * retries (5 × 5 sends of one chunk, each possibly billed).
 */
export const chunkSendBudget = (retries: number): number => retries + 3;

const outOfSends = (name: string, idx: number, budget: number, last?: AppFailure) =>
  new AppFailure(
    last?.code ?? 'upstream',
    `${last ? `${last.message.replace(/\.?$/, '.')} ` : ''}Part ${idx + 1} of "${name}" was sent ${budget} times without a usable answer, so Atelier stopped sending it (each send may be billed). Retry to try again.`,
    { ...last?.details, chunk: idx, final: true },
  );

/** Recordings to transcribe, one job each: prepare → transcribe chunks → stitch. */
export class TranscriptionQueue extends PersistedQueue<{ recordingId: string }> {
  /** The queue-wide limit on chunks sent at once: a paused or cancelled job's chunks leave its line at once. */
  private readonly chunkSlots: Semaphore;

  constructor(private readonly deps: TranscriptionDeps) {
    const policy = deps.stack.settings.policyFor('audio-offline', TRANSCRIPTION_SCENE);
    super(
      deps.jobs,
      { name: TRANSCRIPTION_QUEUE, concurrency: 3, maxAttempts: policy.retries + 1, backoffBaseMs: policy.backoffBaseMs, backoffMaxMs: policy.backoffMaxMs, networkProbe: deps.networkProbe, probeDelays: PROBE_DELAYS },
      { events: deps.events, log: deps.log },
    );
    this.chunkSlots = new Semaphore(() => deps.chunkConcurrency());
  }

  protected parse(payload: unknown): { recordingId: string } {
    const id = (payload as { recordingId?: unknown }).recordingId;
    if (typeof id !== 'string') throw new AppFailure('invalid_input', 'A transcription job lost its recording.');
    return { recordingId: id };
  }

  protected override onSettled(job: { id: string; state: string; payload: unknown }): void {
    const id = (job.payload as { recordingId?: string }).recordingId;
    if (id) this.deps.onSettled?.(id, job.state);
  }

  protected override onRetry(job: { payload: unknown }): void {
    const id = (job.payload as { recordingId?: string }).recordingId;
    if (id) this.deps.repo.resetChunkSends(id);
  }

  protected async run({ payload, signal, progress, write }: JobContext<{ recordingId: string }>): Promise<unknown> {
    const { repo } = this.deps;
    const rec = repo.get(payload.recordingId);
    if (!rec) throw new AppFailure('not_found', 'The recording was removed.');
    const workDir = path.join(this.deps.workRoot, rec.id);
    let chunks = repo.chunks(rec.id);
    if (chunks.length === 0) {
      repo.update({ ...rec, phase: 'preparing' });
      progress(0, 1, 'Preparing audio');
      const prepared = await prepareRecording(rec.sourcePath, workDir, rec.name, { signal, concurrency: this.deps.chunkConcurrency() });
      write(() => repo.insertChunks(prepared.chunks.map((c) => ({ ...c, recordingId: rec.id }))));
      const micros = estimateTranscription(rec.model, prepared.durationMs / 1000, this.deps.stack.settings.config().priceOverrides);
      repo.update({ ...repo.get(rec.id)!, durationMs: prepared.durationMs, estimateMicros: isPriceUnknown(micros) ? null : micros });
      chunks = repo.chunks(rec.id);
    }
    repo.update({ ...repo.get(rec.id)!, phase: 'transcribing' });
    const total = chunks.length;
    let done = chunks.filter((c) => c.state === 'done').length;
    progress(done, total, 'Transcribing');
    const speakers = rec.speakers.map((s) => ({ name: s.name, referenceDataUrl: `data:audio/mpeg;base64,${this.deps.media.read(s.clipHash)?.toString('base64') ?? ''}` }));
    let firstError: unknown = null;
    // Once a chunk fails, the job's other chunks stop waiting for a slot (those already sent finish).
    const giveUp = new AbortController();
    const waitSignal = AbortSignal.any([signal, giveUp.signal]);
    // Every pending chunk waits for a slot on this signal at once (a three-hour recording: ~180), each
    // with its own abort listener, removed when it gets a slot: that many is expected, not a leak.
    setMaxListeners(chunks.length + 10, waitSignal);
    await Promise.all(
      chunks
        .filter((c) => c.state === 'pending')
        .map(async (c) => {
          let release: (() => void) | null = null;
          try {
            release = await this.chunkSlots.acquire(waitSignal);
            if (firstError || signal.aborted) return;
            const r = await this.sendChunk(rec, c, speakers, signal, write);
            write(() => repo.chunkDone({ recordingId: rec.id, idx: c.idx, requestId: r.requestId, costMicros: r.costMicros, cached: r.cached, result: r.output }));
            progress(++done, total, 'Transcribing');
          } catch (error) {
            firstError ??= error;
            giveUp.abort();
          } finally {
            release?.();
          }
        }),
    );
    if (firstError) throw firstError;
    repo.update({ ...repo.get(rec.id)!, phase: 'stitching' });
    const all = repo.chunks(rec.id);
    const transcript = stitch(
      all.map((c): ChunkTranscript => {
        const out = c.result as TranscribeOutput;
        return { startMs: c.startMs, endMs: c.endMs, overlapMs: c.overlapMs, text: out.text, segments: out.segments };
      }),
      rec.speakers.map((s) => s.name),
    );
    write(() => {
      repo.replaceSegments(rec.id, transcript.segments);
      repo.update({ ...repo.get(rec.id)!, phase: 'done' });
    });
    fs.rmSync(workDir, { recursive: true, force: true });
    progress(total, total, 'Done');
    return { segments: transcript.segments.length };
  }

  /** One chunk through the pipeline, its sends counted against the chunk's budget (persisted, so restarts count too). */
  private async sendChunk(rec: RecordingRow, c: ChunkRow, speakers: KnownSpeaker[], signal: AbortSignal, write: JobContext<unknown>['write']) {
    const policy = this.deps.stack.settings.policyFor('audio-offline', TRANSCRIPTION_SCENE);
    const budget = chunkSendBudget(policy.retries);
    let sent = c.sends;
    if (sent >= budget) throw outOfSends(rec.name, c.idx, budget);
    const sendBudget = {
      take: () => {
        if (!write(() => this.deps.repo.takeChunkSend(rec.id, c.idx, budget))) throw outOfSends(rec.name, c.idx, budget);
        sent++;
      },
      giveBack: () => {
        write(() => this.deps.repo.giveBackChunkSend(rec.id, c.idx));
        sent--;
      },
    };
    try {
      return await this.deps.stack.pipeline.run(this.deps.stack.operations.transcribe, {
        scene: TRANSCRIPTION_SCENE,
        modality: 'audio-offline',
        providerId: rec.providerId,
        model: rec.model,
        priority: 'batch',
        signal,
        policy: { retries: Math.max(0, Math.min(policy.retries, budget - sent - 1)) },
        sendBudget,
        input: { file: c.file, fileHash: c.fileHash, seconds: (c.endMs - c.startMs) / 1000, language: rec.language ?? undefined, prompt: rec.prompt ?? undefined, speakers },
      });
    } catch (error) {
      // The budget is spent: say so, and keep the queue from starting another attempt that cannot send.
      if (sent >= budget && error instanceof AppFailure && error.details?.final !== true && error.code !== 'cancelled') throw outOfSends(rec.name, c.idx, budget, error);
      throw error;
    }
  }
}
