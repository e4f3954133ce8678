import type { BatchApiRemote, BatchMode, BatchState, CropRect, EstimateAccuracy, ItemState, Recipe, RecipeField, RecipeKind } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import type { VisionDetail } from '../../../../shared/pricing';
import type { Db } from '../connection';

export interface BatchRow {
  id: string;
  jobId: string | null;
  name: string;
  state: BatchState;
  mode: BatchMode;
  recipe: Recipe;
  providerId: string | null;
  model: string | null;
  detail: VisionDetail;
  budgetMicros: number | null;
  perImageMicros: number | null;
  estimateMicros: number | null;
  remote: RemoteState | null;
  summary: { question: string; content: string; model: string; costMicros: number } | null;
  error: AppError | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Batch API state kept across restarts. */
export interface RemoteState extends BatchApiRemote {
  /** custom_id → item id is the item id itself; kept for the items sent in this remote batch. */
  itemIds: string[];
}

export interface ItemRow {
  id: string;
  batchId: string;
  idx: number;
  name: string;
  folder: string;
  sourcePath: string;
  bytes: number;
  format: string | null;
  width: number | null;
  height: number | null;
  crop: CropRect | null;
  thumbHash: string | null;
  state: ItemState;
  error: AppError | null;
  sentWidth: number | null;
  sentHeight: number | null;
  sentBytes: number | null;
  estImageTokens: number | null;
  estInputTokens: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  costMicros: number;
  cached: boolean;
  requestId: string | null;
  model: string | null;
  latencyMs: number | null;
  result: Record<string, unknown> | null;
  corrections: Record<string, unknown>;
}

const json = <T>(s: unknown): T | null => (typeof s === 'string' ? (JSON.parse(s) as T) : null);
const str = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
const now = () => new Date().toISOString();

type Raw = Record<string, unknown>;

const toRecipe = (r: Raw): Recipe => ({
  id: r.id as string,
  name: r.name as string,
  kind: r.kind as RecipeKind,
  prompt: r.prompt as string,
  fields: json<RecipeField[]>(r.fields) ?? [],
  task: r.task as Recipe['task'],
  detail: r.detail as VisionDetail,
  expectedOutputTokens: r.expected_output_tokens as number,
  builtin: r.builtin === 1,
  updatedAt: r.updated_at as string,
});

const toBatch = (r: Raw): BatchRow => ({
  id: r.id as string,
  jobId: (r.job_id as string | null) ?? null,
  name: r.name as string,
  state: r.state as BatchState,
  mode: r.mode as BatchMode,
  recipe: json<Recipe>(r.recipe)!,
  providerId: (r.provider_id as string | null) ?? null,
  model: (r.model as string | null) ?? null,
  detail: r.detail as VisionDetail,
  budgetMicros: (r.budget_micros as number | null) ?? null,
  perImageMicros: (r.per_image_micros as number | null) ?? null,
  estimateMicros: (r.estimate_micros as number | null) ?? null,
  remote: json<RemoteState>(r.remote),
  summary: json(r.summary),
  error: json<AppError>(r.error),
  startedAt: (r.started_at as string | null) ?? null,
  finishedAt: (r.finished_at as string | null) ?? null,
  createdAt: r.created_at as string,
  updatedAt: r.updated_at as string,
});

const toItem = (r: Raw): ItemRow => ({
  id: r.id as string,
  batchId: r.batch_id as string,
  idx: r.idx as number,
  name: r.name as string,
  folder: r.folder as string,
  sourcePath: r.source_path as string,
  bytes: r.bytes as number,
  format: (r.format as string | null) ?? null,
  width: (r.width as number | null) ?? null,
  height: (r.height as number | null) ?? null,
  crop: json<CropRect>(r.crop),
  thumbHash: (r.thumb_hash as string | null) ?? null,
  state: r.state as ItemState,
  error: json<AppError>(r.error),
  sentWidth: (r.sent_width as number | null) ?? null,
  sentHeight: (r.sent_height as number | null) ?? null,
  sentBytes: (r.sent_bytes as number | null) ?? null,
  estImageTokens: (r.est_image_tokens as number | null) ?? null,
  estInputTokens: (r.est_input_tokens as number | null) ?? null,
  inputTokens: (r.input_tokens as number | null) ?? null,
  outputTokens: (r.output_tokens as number | null) ?? null,
  costMicros: r.cost_micros as number,
  cached: r.cached === 1,
  requestId: (r.request_id as string | null) ?? null,
  model: (r.model as string | null) ?? null,
  latencyMs: (r.latency_ms as number | null) ?? null,
  result: json(r.result),
  corrections: json<Record<string, unknown>>(r.corrections) ?? {},
});

export interface NewItem {
  id: string;
  batchId: string;
  idx: number;
  name: string;
  folder: string;
  sourcePath: string;
  bytes: number;
  format: string | null;
  width: number | null;
  height: number | null;
  thumbHash: string | null;
  state: ItemState;
  error: AppError | null;
}

export interface ItemOutcome {
  sentWidth: number;
  sentHeight: number;
  sentBytes: number;
  estImageTokens: number | null;
  estInputTokens: number | null;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  cached: boolean;
  requestId: string | null;
  model: string;
  latencyMs: number;
  result: Record<string, unknown>;
}

/** Recipes, batches and their images. */
export function createVisionRepo(db: Db) {
  const s = {
    recipes: db.prepare('SELECT * FROM vision_recipes ORDER BY builtin DESC, name COLLATE NOCASE'),
    recipe: db.prepare('SELECT * FROM vision_recipes WHERE id = ?'),
    upsertRecipe: db.prepare(`INSERT INTO vision_recipes (id, name, kind, prompt, fields, task, detail, expected_output_tokens, builtin, created_at, updated_at)
      VALUES (@id, @name, @kind, @prompt, @fields, @task, @detail, @expectedOutputTokens, @builtin, @now, @now)
      ON CONFLICT (id) DO UPDATE SET name = @name, kind = @kind, prompt = @prompt, fields = @fields, task = @task, detail = @detail,
        expected_output_tokens = @expectedOutputTokens, updated_at = @now`),
    removeRecipe: db.prepare('DELETE FROM vision_recipes WHERE id = ? AND builtin = 0'),
    batches: db.prepare('SELECT * FROM vision_batches ORDER BY created_at DESC'),
    batch: db.prepare('SELECT * FROM vision_batches WHERE id = ?'),
    insertBatch: db.prepare(`INSERT INTO vision_batches (id, name, recipe, detail, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`),
    updateBatch: db.prepare(`UPDATE vision_batches SET job_id = @jobId, name = @name, state = @state, mode = @mode, recipe = @recipe, provider_id = @providerId,
      model = @model, detail = @detail, budget_micros = @budgetMicros, per_image_micros = @perImageMicros, estimate_micros = @estimateMicros,
      remote = @remote, summary = @summary, error = @error, started_at = @startedAt, finished_at = @finishedAt, updated_at = @updatedAt WHERE id = @id`),
    removeBatch: db.prepare('DELETE FROM vision_batches WHERE id = ?'),
    items: db.prepare('SELECT * FROM vision_items WHERE batch_id = ? ORDER BY idx'),
    item: db.prepare('SELECT * FROM vision_items WHERE id = ?'),
    maxIdx: db.prepare('SELECT COALESCE(MAX(idx), -1) AS n FROM vision_items WHERE batch_id = ?'),
    insertItem: db.prepare(`INSERT INTO vision_items (id, batch_id, idx, name, folder, source_path, bytes, format, width, height, thumb_hash, state, error, updated_at)
      VALUES (@id, @batchId, @idx, @name, @folder, @sourcePath, @bytes, @format, @width, @height, @thumbHash, @state, @error, @now)`),
    nextPending: db.prepare("SELECT * FROM vision_items WHERE batch_id = ? AND state = 'pending' AND idx > ? ORDER BY idx LIMIT 1"),
    pendingIds: db.prepare("SELECT id FROM vision_items WHERE batch_id = ? AND state = 'pending' ORDER BY idx"),
    done: db.prepare(`UPDATE vision_items SET state = 'done', error = NULL, sent_width = @sentWidth, sent_height = @sentHeight, sent_bytes = @sentBytes,
      est_image_tokens = @estImageTokens, est_input_tokens = @estInputTokens, input_tokens = @inputTokens, output_tokens = @outputTokens,
      cost_micros = cost_micros + @costMicros, cached = @cached, request_id = @requestId, model = @model, latency_ms = @latencyMs, result = @result, updated_at = @now
      WHERE id = @id`),
    prepared: db.prepare(`UPDATE vision_items SET sent_width = @sentWidth, sent_height = @sentHeight, sent_bytes = @sentBytes, est_image_tokens = @estImageTokens,
      est_input_tokens = @estInputTokens, updated_at = @now WHERE id = @id`),
    settle: db.prepare('UPDATE vision_items SET state = ?, error = ?, updated_at = ? WHERE id = ?'),
    crop: db.prepare('UPDATE vision_items SET crop = ?, updated_at = ? WHERE id = ?'),
    thumb: db.prepare('UPDATE vision_items SET thumb_hash = ? WHERE id = ?'),
    corrections: db.prepare('UPDATE vision_items SET corrections = ?, updated_at = ? WHERE id = ?'),
    retryable: db.prepare("UPDATE vision_items SET state = 'pending', error = NULL, updated_at = ? WHERE batch_id = ? AND state IN ('failed', 'skipped') AND format IS NOT NULL"),
    accuracy: db.prepare(`SELECT COUNT(*) AS images, COALESCE(SUM(est_input_tokens), 0) AS estimated, COALESCE(SUM(input_tokens), 0) AS reported,
      COALESCE(SUM(ABS(est_input_tokens - input_tokens) <= 1), 0) AS exact, COALESCE(MAX(ABS(est_input_tokens - input_tokens) * 1.0 / MAX(1, input_tokens)), 0) AS worst
      FROM vision_items WHERE state = 'done' AND cached = 0 AND input_tokens > 0 AND est_input_tokens IS NOT NULL AND date(updated_at, 'localtime') BETWEEN ? AND ?`),
    counts: db.prepare('SELECT state, COUNT(*) AS n, COALESCE(SUM(cost_micros), 0) AS cost FROM vision_items WHERE batch_id = ? GROUP BY state'),
  };
  return {
    recipes: (): Recipe[] => (s.recipes.all() as Raw[]).map(toRecipe),
    recipe: (id: string): Recipe | null => {
      const r = s.recipe.get(id) as Raw | undefined;
      return r ? toRecipe(r) : null;
    },
    saveRecipe(r: Omit<Recipe, 'updatedAt'>): void {
      s.upsertRecipe.run({ ...r, fields: JSON.stringify(r.fields), builtin: r.builtin ? 1 : 0, now: now() });
    },
    removeRecipe: (id: string) => s.removeRecipe.run(id).changes > 0,

    batches: (): BatchRow[] => (s.batches.all() as Raw[]).map(toBatch),
    batch: (id: string): BatchRow | null => {
      const r = s.batch.get(id) as Raw | undefined;
      return r ? toBatch(r) : null;
    },
    insertBatch(id: string, name: string, recipe: Recipe): void {
      const t = now();
      s.insertBatch.run(id, name, JSON.stringify(recipe), recipe.detail, t, t);
    },
    updateBatch(b: BatchRow): void {
      s.updateBatch.run({ ...b, recipe: JSON.stringify(b.recipe), remote: str(b.remote), summary: str(b.summary), error: str(b.error), updatedAt: now() });
    },
    removeBatch: (id: string) => void s.removeBatch.run(id),

    items: (batchId: string): ItemRow[] => (s.items.all(batchId) as Raw[]).map(toItem),
    item: (id: string): ItemRow | null => {
      const r = s.item.get(id) as Raw | undefined;
      return r ? toItem(r) : null;
    },
    nextIdx: (batchId: string) => ((s.maxIdx.get(batchId) as { n: number }).n ?? -1) + 1,
    insertItem(item: NewItem): void {
      s.insertItem.run({ ...item, error: str(item.error), now: now() });
    },
    /** The next image still to send after idx: read one at a time so memory stays flat. */
    nextPending(batchId: string, afterIdx: number): ItemRow | null {
      const r = s.nextPending.get(batchId, afterIdx) as Raw | undefined;
      return r ? toItem(r) : null;
    },
    pendingIds: (batchId: string): string[] => (s.pendingIds.all(batchId) as { id: string }[]).map((r) => r.id),
    /** An image answered: its result and cost in one statement, so it is never sent again. */
    itemDone(id: string, o: ItemOutcome): void {
      s.done.run({ ...o, id, cached: o.cached ? 1 : 0, result: JSON.stringify(o.result), now: now() });
    },
    /** What was written into a Batch API file for this image (its answer comes later). */
    itemPrepared(id: string, p: Pick<ItemOutcome, 'sentWidth' | 'sentHeight' | 'sentBytes' | 'estImageTokens' | 'estInputTokens'>): void {
      s.prepared.run({ ...p, id, now: now() });
    },
    settleItem(id: string, state: ItemState, error: AppError | null): void {
      s.settle.run(state, str(error), now(), id);
    },
    setCrop: (id: string, crop: CropRect | null) => void s.crop.run(str(crop), now(), id),
    setThumb: (id: string, hash: string) => void s.thumb.run(hash, id),
    setCorrections: (id: string, corrections: Record<string, unknown>) => void s.corrections.run(JSON.stringify(corrections), now(), id),
    /** Failed and skipped images that could be read are tried again on the next start. */
    requeueUnfinished: (batchId: string) => s.retryable.run(now(), batchId).changes,
    /** Estimates against reported input tokens of images answered between two local days. */
    accuracy(from: string, to: string): EstimateAccuracy {
      const r = s.accuracy.get(from, to) as { images: number; estimated: number; reported: number; exact: number; worst: number };
      return { images: r.images, estimatedTokens: r.estimated, reportedTokens: r.reported, exact: r.exact, worstShare: r.worst };
    },
    counts(batchId: string) {
      const out = { total: 0, pending: 0, done: 0, failed: 0, skipped: 0, costMicros: 0 };
      for (const r of s.counts.all(batchId) as { state: ItemState; n: number; cost: number }[]) {
        out[r.state] = r.n;
        out.total += r.n;
        out.costMicros += r.cost;
      }
      return out;
    },
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
  };
}
export type VisionRepo = ReturnType<typeof createVisionRepo>;
