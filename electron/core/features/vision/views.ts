import type { BatchState, BatchView, VisionItem } from '../../../../shared/contract';
import { mediaPath } from '../../../../shared/media';
import type { JobRow } from '../../db/repos/jobs';
import type { BatchRow, ItemRow, VisionRepo } from '../../db/repos/vision';

/** The batch's state: its own when it is a draft or finished on its own terms, else its job's. */
export function batchState(batch: BatchRow, job: JobRow | null): BatchState {
  if (batch.state === 'draft' || batch.state === 'stopped_budget' || batch.state === 'done') return batch.state;
  if (!job) return batch.state;
  if (job.state === 'waiting') return job.waitReason === 'network' ? 'waiting_network' : 'queued';
  if (job.state === 'done') return batch.state === 'running' ? 'done' : batch.state;
  return job.state;
}

export function toBatchView(batch: BatchRow, job: JobRow | null, counts: ReturnType<VisionRepo['counts']>, etaMs: number | null): BatchView {
  const r = batch.remote;
  return {
    id: batch.id,
    jobId: batch.jobId,
    name: batch.name,
    state: batchState(batch, job),
    mode: batch.mode,
    recipe: batch.recipe,
    providerId: batch.providerId,
    model: batch.model,
    detail: batch.detail,
    budgetMicros: batch.budgetMicros,
    counts: { total: counts.total, pending: counts.pending, done: counts.done, failed: counts.failed, skipped: counts.skipped },
    estimateMicros: batch.estimateMicros,
    costMicros: counts.costMicros,
    etaMs,
    startedAt: batch.startedAt,
    finishedAt: batch.finishedAt,
    createdAt: batch.createdAt,
    error: batch.error ?? (job?.state === 'failed' ? job.error : null),
    remote: r ? { batchId: r.batchId, status: r.status, completed: r.completed, failed: r.failed, total: r.total } : null,
    summary: batch.summary,
  };
}

export function toItemView(i: ItemRow): VisionItem {
  return {
    id: i.id,
    batchId: i.batchId,
    idx: i.idx,
    name: i.name,
    folder: i.folder,
    bytes: i.bytes,
    format: i.format,
    width: i.width,
    height: i.height,
    crop: i.crop,
    thumbUrl: i.thumbHash ? mediaPath('attachment', i.thumbHash) : null,
    state: i.state,
    error: i.error,
    sent: i.sentWidth !== null && i.sentHeight !== null ? { width: i.sentWidth, height: i.sentHeight, bytes: i.sentBytes ?? 0 } : null,
    estimatedImageTokens: i.estImageTokens,
    estimatedInputTokens: i.estInputTokens,
    inputTokens: i.inputTokens,
    outputTokens: i.outputTokens,
    costMicros: i.costMicros,
    cached: i.cached,
    model: i.model,
    latencyMs: i.latencyMs,
    result: i.result,
    corrections: i.corrections,
  };
}

/** A row's values with corrections applied over the model's answer. */
export const effectiveValues = (i: Pick<ItemRow, 'result' | 'corrections'>): Record<string, unknown> => ({ ...(i.result ?? {}), ...i.corrections });
