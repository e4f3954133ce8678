/**
 * Batches of images on the persisted job base: one job per batch, images sent by a small pool of
 * workers that each hold one image at a time (memory stays flat however large the folder). An image
 * is marked done in the same statement that records its result and cost, so after a crash it is never
 * sent again; one answered just before a crash is a cache hit at $0. A batch's hard cap stops it before
 * the send that would pass it.
 */
import { AppFailure, makeError } from '../../../../shared/errors';
import { formatMoney, type PriceOverrides } from '../../../../shared/pricing';
import type { JobsRepo } from '../../db/repos/jobs';
import type { BatchRow, ItemRow, VisionRepo } from '../../db/repos/vision';
import { PersistedQueue, type JobContext, PROBE_DELAYS } from '../../jobs/persisted-queue';
import type { Logger } from '../../log';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { EventBus } from '../../rpc/events';
import { thumbnail } from '../../media/image-prepare';
import { estimateItem, itemSentSize, prepareAnalysis, sendAnalysis, VISION_SCENE, type PreparedAnalysis } from './analyze';
import { storeThumb } from './thumbs';

export const VISION_QUEUE = 'vision';

/** Failures that belong to one image: it is marked failed and the batch goes on. */
const PER_IMAGE = new Set(['unsupported_format', 'too_large', 'invalid_input', 'not_found', 'content_policy']);

export interface VisionQueueDeps {
  repo: VisionRepo;
  jobs: JobsRepo;
  stack: Pick<PipelineStack, 'pipeline' | 'operations' | 'settings'>;
  media: MediaStore;
  events: EventBus;
  log: Logger;
  /** Images in flight at once within a batch. */
  concurrency: () => number;
  networkProbe: () => Promise<boolean>;
  changed: () => void;
  /** Batch API runs (mode 'batch_api'). */
  runRemote?: (batch: BatchRow, ctx: JobContext<{ batchId: string }>) => Promise<unknown>;
  onSettled?: (batchId: string, state: string) => void;
}

/** Expected cost of one image (input + the recipe's expected output); null when the price is unknown. */
export function expectedItemMicros(batch: Pick<BatchRow, 'recipe' | 'model' | 'detail'>, item: Pick<ItemRow, 'width' | 'height' | 'crop'>, overrides: PriceOverrides): number | null {
  if (!batch.model || !item.width) return 0;
  const size = itemSentSize(item, batch.model, batch.detail, overrides);
  return estimateItem(batch.recipe, batch.model, size, batch.detail, overrides).microsMax;
}

/** Progress is written and announced at most this often while a batch runs. */
const REPORT_MS = 250;

interface Claimed {
  item: ItemRow;
  expected: number;
  ready: Promise<{ ok: true; value: PreparedAnalysis } | { ok: false; error: unknown }>;
}

/** Per-batch timing, for the ETA (in memory: a restart starts measuring again). */
interface RunClock {
  startedAt: number;
  doneAtStart: number;
}

export class VisionQueue extends PersistedQueue<{ batchId: string }> {
  readonly clocks = new Map<string, RunClock>();

  constructor(private readonly deps: VisionQueueDeps) {
    const policy = deps.stack.settings.policyFor('image-understanding', VISION_SCENE);
    super(
      deps.jobs,
      { name: VISION_QUEUE, concurrency: 1, maxAttempts: policy.retries + 3, backoffBaseMs: policy.backoffBaseMs, backoffMaxMs: policy.backoffMaxMs, networkProbe: deps.networkProbe, probeDelays: PROBE_DELAYS },
      { events: deps.events, log: deps.log },
    );
  }

  protected parse(payload: unknown): { batchId: string } {
    const id = (payload as { batchId?: unknown }).batchId;
    if (typeof id !== 'string') throw new AppFailure('invalid_input', 'An analysis job lost its batch.');
    return { batchId: id };
  }

  protected override onSettled(job: { state: string; payload: unknown }): void {
    const id = (job.payload as { batchId?: string }).batchId;
    if (id) {
      this.clocks.delete(id);
      this.deps.onSettled?.(id, job.state);
    }
  }

  /** Estimated time left for a running batch, from this run's pace. */
  etaMs(batchId: string, done: number, pending: number): number | null {
    const clock = this.clocks.get(batchId);
    const finished = done - (clock?.doneAtStart ?? done);
    if (!clock || finished <= 0 || pending === 0) return null;
    return Math.round(((Date.now() - clock.startedAt) / finished) * pending);
  }

  protected async run(ctx: JobContext<{ batchId: string }>): Promise<unknown> {
    const { repo } = this.deps;
    const batch = repo.batch(ctx.payload.batchId);
    if (!batch) throw new AppFailure('not_found', 'The batch was removed.');
    if (!batch.providerId || !batch.model) throw new AppFailure('invalid_input', 'The batch has no model.');
    if (!batch.startedAt) repo.updateBatch({ ...batch, startedAt: new Date().toISOString() });
    if (batch.mode === 'batch_api' && this.deps.runRemote) return this.deps.runRemote(repo.batch(batch.id)!, ctx);

    const counts = repo.counts(batch.id);
    this.clocks.set(batch.id, { startedAt: Date.now(), doneAtStart: counts.done });
    const overrides = this.deps.stack.settings.config().priceOverrides;
    const money = (m: number) => formatMoney(m, this.deps.stack.settings.config().currency);
    let cursor = -1;
    let spent = counts.costMicros;
    let reserved = 0;
    let stop: AppFailure | null = null;
    let fatal: unknown = null;
    let done = counts.done + counts.failed + counts.skipped;
    const target = { providerId: batch.providerId, model: batch.model, detail: batch.detail };
    // Progress is written and announced at most every REPORT_MS (one write per image made the database the bottleneck of large batches).
    let reportedAt = 0;
    let trailing: NodeJS.Timeout | null = null;
    const report = (force = false) => {
      const wait = reportedAt + REPORT_MS - Date.now();
      if (!force && wait > 0) {
        trailing ??= setTimeout(() => {
          trailing = null;
          report(true);
        }, wait);
        return;
      }
      if (trailing) clearTimeout(trailing);
      trailing = null;
      reportedAt = Date.now();
      ctx.progress(done, counts.total, 'Analysing');
      this.deps.changed();
    };
    report(true);

    /** The next image to send, already being prepared; images above the per-image cap are skipped on the way. */
    const claim = (): Claimed | null => {
      for (;;) {
        const item = repo.nextPending(batch.id, cursor);
        if (!item) return null;
        cursor = item.idx;
        const expected = expectedItemMicros(batch, item, overrides) ?? 0;
        if (batch.perImageMicros !== null && expected > batch.perImageMicros) {
          repo.settleItem(item.id, 'skipped', makeError('budget_exceeded', `Its estimate (${money(expected)}) is above the per-image cap of ${money(batch.perImageMicros)}.`));
          done++;
          report();
          continue;
        }
        const ready = prepareAnalysis(this.deps.stack, item, batch.recipe, target).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        return { item, expected, ready };
      }
    };

    // Each worker holds at most two images: the one in flight and the next, prepared while the first is
    // answered, so preparation never waits on the network and the network never waits on preparation.
    const worker = async () => {
      let next = claim();
      while (next && !stop && !fatal && !ctx.signal.aborted) {
        const { item, expected, ready } = next;
        if (batch.budgetMicros !== null && spent + reserved + expected > batch.budgetMicros) {
          stop = new AppFailure('budget_exceeded', `The batch's cap of ${money(batch.budgetMicros)} was reached: ${money(spent)} spent, and the next image (about ${money(expected)}) would pass it. Nothing more was sent.`);
          return;
        }
        reserved += expected;
        try {
          const prepared = await ready;
          next = stop || ctx.signal.aborted ? null : claim();
          if (!prepared.ok) throw prepared.error;
          // The thumbnail is made from the prepared image while the request is out (no second decode of the original).
          const thumb = item.thumbHash ? null : thumbnail(prepared.value.prepared.data).catch(() => null);
          const a = await sendAnalysis(this.deps.stack, prepared.value, batch.recipe, target, { signal: ctx.signal, priority: 'batch' });
          if (ctx.signal.aborted) return; // paused or cancelled while the answer arrived: a re-run gets it from the cache
          ctx.write(() => repo.itemDone(item.id, { ...a, sentWidth: a.sent.width, sentHeight: a.sent.height, sentBytes: a.sent.bytes }));
          spent += a.costMicros;
          const bytes = await thumb;
          if (bytes) storeThumb(this.deps.media, repo, item, bytes);
        } catch (error) {
          const code = error instanceof AppFailure ? error.code : null;
          if (code && PER_IMAGE.has(code)) {
            repo.settleItem(item.id, 'failed', (error as AppFailure).toAppError());
          } else if (code === 'budget_exceeded') {
            stop = error as AppFailure;
            return;
          } else {
            fatal ??= error;
            return;
          }
        } finally {
          reserved -= expected;
        }
        done++;
        report();
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.max(1, this.deps.concurrency()) }, worker));
    } finally {
      if (trailing) clearTimeout(trailing);
    }
    if (ctx.signal.aborted) throw new AppFailure('cancelled');
    if (fatal) throw fatal;
    const fresh = repo.batch(batch.id)!;
    if (stop) {
      repo.updateBatch({ ...fresh, state: 'stopped_budget', error: makeError('budget_exceeded', (stop as AppFailure).message), finishedAt: new Date().toISOString() });
      this.deps.changed();
      return { stopped: 'budget' };
    }
    repo.updateBatch({ ...fresh, state: 'done', error: null, finishedAt: new Date().toISOString() });
    report(true);
    return { done };
  }
}
