import crypto from 'node:crypto';
import { AppFailure } from '../../../../shared/errors';
import type { JobRow, JobsRepo } from '../../db/repos/jobs';
import type { NewOutput, StudioRepo } from '../../db/repos/studio';
import { PersistedQueue, type JobContext } from '../../jobs/persisted-queue';
import { Semaphore } from '../../jobs/semaphore';
import type { Logger } from '../../log';
import type { MediaStore } from '../../media/store';
import type { ImageInputFile } from '../../pipeline/operations/images';
import type { PipelineStack } from '../../pipeline/stack';
import type { EventBus } from '../../rpc/events';
import { keepUnmasked, storeTiers } from './images';
import { apiParams } from './params';

export const STUDIO_QUEUE = 'image-studio';
export const STUDIO_SCENE = 'image_studio';

export interface StudioQueueDeps {
  repo: StudioRepo;
  jobs: JobsRepo;
  stack: Pick<PipelineStack, 'pipeline' | 'operations' | 'settings'>;
  media: MediaStore;
  events: EventBus;
  log: Logger;
  /** Requests in flight at once. */
  concurrency: number;
  /** After a generation's outputs are stored: the compliance check runs on each. */
  onOutputs(outputIds: string[]): void;
}

/**
 * Generations, one job each. A request in flight may already be billed, so a job that was running
 * when the app crashed or closed is never sent again by itself (the job base's 'interrupt' recovery):
 * its generation is marked 'interrupted' and waits for the user's one-click retry. No automatic re-attempts either (the
 * pipeline's image-generation policy already retries transient failures once).
 *
 * The queue runs twice as many jobs as requests may be in flight, and a job holds a send slot only
 * while its request is out: storing tiers and writing the database after an answer never delays the
 * next send. A job still waiting for a slot has sent nothing (its generation stays 'queued'), so after
 * a crash it is queued again rather than interrupted.
 */
export class StudioQueue extends PersistedQueue<{ generationId: string }> {
  private readonly sends: Semaphore;

  constructor(private readonly deps: StudioQueueDeps) {
    super(
      deps.jobs,
      { name: STUDIO_QUEUE, concurrency: deps.concurrency * 2, maxAttempts: 1, backoffBaseMs: 1000, backoffMaxMs: 1000, resumeAfterCrash: 'interrupt' },
      { events: deps.events, log: deps.log },
    );
    this.sends = new Semaphore(() => deps.concurrency);
  }

  protected parse(payload: unknown): { generationId: string } {
    const id = (payload as { generationId?: unknown }).generationId;
    if (typeof id !== 'string') throw new AppFailure('invalid_input', 'A generation job lost its generation.');
    return { generationId: id };
  }

  /** Generations whose job was interrupted while this process was not watching (the app closed mid-request). */
  override start(): void {
    super.start();
    for (const state of ['queued', 'running'] as const) {
      for (const g of this.deps.repo.generationsInState(state)) {
        const job = g.jobId ? this.deps.jobs.get(g.jobId) : undefined;
        if (job?.state !== 'interrupted') continue;
        if (state === 'queued') this.retry(job.id); // it never got a send slot: nothing was sent
        else this.deps.repo.setState(g.id, 'interrupted', { error: job.error });
      }
    }
  }

  protected override onSettled(job: JobRow): void {
    const id = (job.payload as { generationId?: string }).generationId;
    if (!id) return;
    if (job.state === 'interrupted' && this.deps.repo.generation(id)?.state === 'queued') {
      this.retry(job.id); // interrupted while waiting for a send slot: nothing was sent
      return;
    }
    if (job.state === 'failed' || job.state === 'interrupted') this.deps.repo.setState(id, job.state, { error: job.error });
    else if (job.state === 'cancelled' && this.deps.repo.generation(id)?.state !== 'interrupted') this.deps.repo.setState(id, 'cancelled');
    this.deps.events.emit('data.changed', { topic: 'studio' });
  }

  protected async run({ payload, signal, progress, write }: JobContext<{ generationId: string }>): Promise<unknown> {
    const { repo, media, stack, events } = this.deps;
    const gen = repo.generation(payload.generationId);
    if (!gen) throw new AppFailure('not_found', 'The generation was removed.');
    const images: ImageInputFile[] = gen.inputs.map((hash) => {
      const bytes = media.read(hash);
      const info = media.describe(hash);
      if (!bytes || !info) throw new AppFailure('not_found', 'A reference image of this edit is missing from the data folder.');
      return { hash, bytes, mime: info.mime, width: info.width ?? 1024, height: info.height ?? 1024 };
    });
    const mask = gen.maskHash ? { hash: gen.maskHash, bytes: media.read(gen.maskHash)! } : undefined;
    const release = await this.sends.acquire(signal);
    // 'running' is written before anything is sent: from here on a crash leaves it interrupted, never re-sent.
    repo.setState(gen.id, 'running');
    events.emit('data.changed', { topic: 'studio' });
    progress(0, gen.params.n, 'Generating');
    const r = await stack.pipeline.run(stack.operations.images, {
      scene: STUDIO_SCENE,
      modality: 'image-generation',
      providerId: gen.providerId,
      model: gen.model,
      signal,
      input: {
        kind: gen.kind,
        params: apiParams(gen.params, gen.kind),
        prompt: gen.prompt,
        images,
        mask,
        nonce: gen.id,
        onPartial: (index, partial, b64, format) =>
          events.emit('studio.partial', { generationId: gen.id, index, partial, dataUrl: `data:image/${format};base64,${b64}` }),
      },
    }).finally(release);
    if (r.output.images.length === 0) throw new AppFailure('upstream', 'The provider answered without an image.');
    const n = r.output.images.length;
    const outputs: NewOutput[] = [];
    for (const [idx, image] of r.output.images.entries()) {
      let bytes: Buffer = Buffer.from(image.b64, 'base64');
      if (gen.kind === 'edit' && gen.params.keepUnmasked && mask && images[0]) bytes = await keepUnmasked(images[0].bytes, bytes, mask.bytes);
      const tiers = await storeTiers(media, bytes, `${gen.id}-${idx}`);
      // The exact cost from usage, split over the images (the remainder goes to the first).
      const share = Math.floor(r.costMicros / n) + (idx === 0 ? r.costMicros % n : 0);
      outputs.push({ id: crypto.randomUUID(), generationId: gen.id, idx, ...tiers, costMicros: share, boardId: gen.boardId });
      progress(idx + 1, n, 'Storing');
    }
    write(() => repo.finishGeneration(gen.id, r.requestId, r.costMicros, outputs, gen.prompt));
    events.emit('data.changed', { topic: 'studio' });
    this.deps.onOutputs(outputs.map((o) => o.id));
    return { outputs: outputs.length, costMicros: r.costMicros };
  }
}
