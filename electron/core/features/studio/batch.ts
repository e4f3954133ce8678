/**
 * Studio generations through the Batch API, for large overnight runs at half price. Generations are
 * collected in a draft batch; sending it writes one JSONL line per generation (custom_id = the
 * generation id), uploads it and creates the batch. The provider's ids are saved the moment they are
 * known, so after a restart the job resumes polling instead of sending again. The answers are stored
 * like any other output (tiers, review, compliance check) and each generation is billed from its
 * usage at the batch discount, with its ledger row in the transaction that stores its images.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type OpenAI from 'openai';
import type { StudioBatchRemote } from '../../../../shared/contract';
import { AppFailure, makeError } from '../../../../shared/errors';
import { costOfUsage, isPriceUnknown, type Usage as PricingUsage } from '../../../../shared/pricing';
import { BATCH_DISCOUNT, batchLedgerEntry, createJsonlWriter, pollBatch, readResults, submitBatch } from '../../batch/batch-api';
import type { JobRow, JobsRepo } from '../../db/repos/jobs';
import type { BatchRow, NewOutput, StudioRepo } from '../../db/repos/studio';
import { PersistedQueue, type JobContext } from '../../jobs/persisted-queue';
import type { Logger } from '../../log';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { EventBus } from '../../rpc/events';
import { storeTiers } from './images';
import { apiParams } from './params';
import { STUDIO_SCENE } from './queue';

export const STUDIO_BATCH_QUEUE = 'image-studio-batch';

export interface StudioBatchDeps {
  repo: StudioRepo;
  jobs: JobsRepo;
  stack: Pick<PipelineStack, 'settings' | 'ledger'>;
  media: MediaStore;
  events: EventBus;
  log: Logger;
  client(providerId: string): Promise<OpenAI>;
  workDir: string;
  /** After a generation's outputs are stored: the compliance check runs on each. */
  onOutputs(outputIds: string[]): void;
}

interface ImagesBody {
  data?: { b64_json?: string }[];
  usage?: PricingUsage & { input_tokens?: number; output_tokens?: number };
}

/**
 * One job per sent batch. Polling is safe to repeat, so a job that was running when the app stopped
 * is simply run again ('requeue'): it finds the saved remote batch id and polls it.
 */
export class StudioBatchQueue extends PersistedQueue<{ batchId: string }> {
  constructor(private readonly deps: StudioBatchDeps) {
    super(deps.jobs, { name: STUDIO_BATCH_QUEUE, concurrency: 2, maxAttempts: 3, backoffBaseMs: 5000, backoffMaxMs: 60_000, resumeAfterCrash: 'requeue' }, { events: deps.events, log: deps.log });
  }

  private changed() {
    this.deps.events.emit('data.changed', { topic: 'studio' });
  }

  protected parse(payload: unknown): { batchId: string } {
    const id = (payload as { batchId?: unknown }).batchId;
    if (typeof id !== 'string') throw new AppFailure('invalid_input', 'A Batch API job lost its batch.');
    return { batchId: id };
  }

  protected override onSettled(job: JobRow): void {
    const id = (job.payload as { batchId?: string }).batchId;
    const b = id ? this.deps.repo.batch(id) : undefined;
    if (!b || b.state === 'done' || b.state === 'cancelled') return;
    if (job.state === 'failed' || job.state === 'cancelled') {
      this.deps.repo.updateBatch(b.id, { state: job.state === 'failed' ? 'failed' : 'cancelled', error: job.error ?? null, finishedAt: new Date().toISOString() });
      // Generations never sent fail with the batch; the user can retry them one by one.
      if (!b.remote?.batchId) for (const g of this.deps.repo.generationsOfBatch(b.id)) if (g.state === 'queued') this.deps.repo.setState(g.id, 'failed', { error: makeError('upstream', 'The Batch API batch could not be sent.') });
      this.changed();
    }
  }

  /** Writes the JSONL of the batch's generations and submits it; the ids are saved as soon as they exist. */
  private async submit(b: BatchRow, client: OpenAI, ctx: JobContext<{ batchId: string }>): Promise<StudioBatchRemote> {
    const { repo } = this.deps;
    const gens = repo.generationsOfBatch(b.id).filter((g) => g.state === 'queued');
    if (gens.length === 0) throw new AppFailure('invalid_input', 'This batch holds no generation to send.', { final: true });
    fs.mkdirSync(this.deps.workDir, { recursive: true });
    const file = path.join(this.deps.workDir, `${b.id}.jsonl`);
    const writer = createJsonlWriter(file);
    for (const g of gens) writer.add({ custom_id: g.id, method: 'POST', url: '/v1/images/generations', body: { model: g.model, prompt: g.prompt, ...apiParams({ ...g.params, partialImages: 0 }, 'generate') } });
    const { inputFileId, batch } = await submitBatch(client, file, '/v1/images/generations', { atelier_studio_batch: b.id }, ctx.signal);
    fs.rmSync(file, { force: true });
    const remote: StudioBatchRemote = { inputFileId, batchId: batch.id, status: batch.status, outputFileId: null, errorFileId: null, completed: 0, failed: 0, total: gens.length };
    ctx.write(() => {
      repo.updateBatch(b.id, { state: 'submitted', remote, submittedAt: new Date().toISOString() });
      for (const g of gens) repo.setState(g.id, 'running', { requestId: `${batch.id}/${g.id}` });
    });
    this.deps.log.info('studio.batch_submitted', { batch: b.id, remote: batch.id, requests: gens.length });
    this.changed();
    return remote;
  }

  /** Stores one answered generation: tiers, outputs, cost at the batch discount and its ledger row. */
  private async store(b: BatchRow, generationId: string, body: ImagesBody, ctx: JobContext<{ batchId: string }>): Promise<string[]> {
    const { repo, media, stack } = this.deps;
    const gen = repo.generation(generationId);
    if (!gen || gen.batchId !== b.id || gen.state === 'done') return [];
    const images = (body.data ?? []).filter((d) => d.b64_json);
    if (images.length === 0) {
      repo.setState(gen.id, 'failed', { error: makeError('upstream', 'The provider answered without an image.') });
      return [];
    }
    const usage = body.usage ?? null;
    const list = usage ? costOfUsage(gen.model, usage, stack.settings.config().priceOverrides) : null;
    const cost = list && !isPriceUnknown(list) ? Math.round(list.micros * BATCH_DISCOUNT) : 0;
    const outputs: NewOutput[] = [];
    for (const [idx, image] of images.entries()) {
      const tiers = await storeTiers(media, Buffer.from(image.b64_json!, 'base64'), `${gen.id}-${idx}`);
      const share = Math.floor(cost / images.length) + (idx === 0 ? cost % images.length : 0);
      outputs.push({ id: crypto.randomUUID(), generationId: gen.id, idx, ...tiers, costMicros: share, boardId: gen.boardId });
    }
    const requestId = `${b.remote?.batchId ?? b.id}/${gen.id}`;
    ctx.write(() => {
      stack.ledger.append(
        batchLedgerEntry({
          requestId,
          scene: STUDIO_SCENE,
          modality: 'image-generation',
          providerId: gen.providerId,
          model: gen.model,
          operation: 'images.batch',
          inputTokens: usage?.input_tokens ?? 0,
          cachedTokens: 0,
          outputTokens: usage?.output_tokens ?? 0,
          images: images.length,
          audioSeconds: 0,
          costMicros: cost,
          latencyMs: 0,
        }),
      );
      repo.finishGeneration(gen.id, requestId, cost, outputs, gen.prompt);
    });
    return outputs.map((o) => o.id);
  }

  /** Maps the output and error files back to generations by custom_id; what never ran fails with the reason. */
  private async collect(b: BatchRow, client: OpenAI, final: OpenAI.Batch, ctx: JobContext<{ batchId: string }>): Promise<void> {
    const { repo } = this.deps;
    const seen = new Set<string>();
    const stored: string[] = [];
    if (final.output_file_id) {
      for (const line of await readResults(client, final.output_file_id, ctx.signal)) {
        seen.add(line.customId);
        if (line.error || (line.statusCode ?? 200) >= 400) {
          repo.setState(line.customId, 'failed', { error: makeError('upstream', line.error?.message ?? `The provider answered ${line.statusCode}.`) });
          continue;
        }
        stored.push(...(await this.store(b, line.customId, line.body as ImagesBody, ctx)));
        this.changed();
      }
    }
    if (final.error_file_id) {
      for (const line of await readResults(client, final.error_file_id, ctx.signal)) {
        seen.add(line.customId);
        const g = repo.generation(line.customId);
        if (g && g.batchId === b.id && g.state !== 'done') repo.setState(g.id, 'failed', { error: makeError('upstream', line.error?.message ?? 'The provider could not run this request.') });
      }
    }
    const why = final.status === 'expired' ? 'The Batch API did not run it within 24 hours (the batch expired). Retry it to send it again.' : 'The batch was cancelled before this request ran.';
    for (const g of repo.generationsOfBatch(b.id)) if (g.state === 'running' && !seen.has(g.id)) repo.setState(g.id, 'failed', { error: makeError('timeout', why) });
    if (stored.length) this.deps.onOutputs(stored);
  }

  protected async run(ctx: JobContext<{ batchId: string }>): Promise<unknown> {
    const { repo } = this.deps;
    const b = repo.batch(ctx.payload.batchId);
    if (!b) throw new AppFailure('not_found', 'The batch was removed.', { final: true });
    const client = await this.deps.client(b.providerId);
    let remote = b.remote?.batchId ? b.remote : await this.submit(b, client, ctx);
    const final = await pollBatch(client, remote.batchId!, {
      signal: ctx.signal,
      onStatus: (rb) => {
        const counts = rb.request_counts ?? { completed: 0, failed: 0, total: remote.total };
        remote = { ...remote, status: rb.status, completed: counts.completed, failed: counts.failed, outputFileId: rb.output_file_id ?? null, errorFileId: rb.error_file_id ?? null };
        repo.updateBatch(b.id, { remote });
        ctx.progress(counts.completed + counts.failed, counts.total || remote.total, `Batch API: ${rb.status}`);
        this.changed();
      },
    });
    if (final.status === 'failed') {
      const reason = final.errors?.data?.map((e) => e.message).join('; ') || 'the provider rejected the batch file';
      for (const g of repo.generationsOfBatch(b.id)) if (g.state === 'running') repo.setState(g.id, 'failed', { error: makeError('invalid_input', `The Batch API refused the batch: ${reason}.`) });
      repo.updateBatch(b.id, { state: 'failed', error: makeError('invalid_input', `The Batch API refused the batch: ${reason}.`), finishedAt: new Date().toISOString() });
      this.changed();
      return { status: final.status };
    }
    await this.collect(repo.batch(b.id)!, client, final, ctx);
    const cost = repo.generationsOfBatch(b.id).reduce((sum, g) => sum + g.costMicros, 0);
    repo.updateBatch(b.id, { state: final.status === 'cancelled' ? 'cancelled' : 'done', costMicros: cost, finishedAt: new Date().toISOString() });
    this.changed();
    return { status: final.status, costMicros: cost };
  }

  /** Asks the provider to cancel a sent batch; the job keeps polling and collects what already ran. */
  async cancelRemote(b: BatchRow): Promise<void> {
    if (!b.remote?.batchId) return;
    const client = await this.deps.client(b.providerId);
    const r = await client.batches.cancel(b.remote.batchId);
    this.deps.repo.updateBatch(b.id, { remote: { ...b.remote, status: r.status } });
    this.changed();
  }
}
