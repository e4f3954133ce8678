/**
 * The image-analysis part of the contract: recipes (what to ask of each image), batches of images
 * analysed on the persisted queue or through the Batch API, estimates before sending, results with
 * hand corrections kept apart, model comparison, exports and a summary over all rows.
 */
import { z } from 'zod';
import type { AppError } from '../errors';
import type { BatchApiRemote } from './batch-api';
import type { ChatAttachment } from './chat';
import type { VisionDetail } from '../pricing';
import { call, empty, id } from './define';

export const RECIPE_KINDS = ['describe', 'extract_text', 'tag', 'alt_text', 'inspect', 'fields'] as const;
export type RecipeKind = (typeof RECIPE_KINDS)[number];
export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'date', 'enum'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const DETAILS = ['low', 'high', 'auto', 'original'] as const;

export interface RecipeField {
  name: string;
  type: FieldType;
  description: string;
  /** For enum fields: the only values the model may answer (or null). */
  allowed: string[];
}

/** What to ask of every image. A task picks the model: extraction goes to a cheap vision model, judgement to a stronger one. */
export interface Recipe {
  id: string;
  name: string;
  kind: RecipeKind;
  /** Instructions sent with every image. */
  prompt: string;
  /** Field extraction only: one column each. */
  fields: RecipeField[];
  task: 'extraction' | 'judgement';
  detail: VisionDetail;
  /** Expected answer length, for estimates. */
  expectedOutputTokens: number;
  builtin: boolean;
  updatedAt: string;
}

export type BatchState = 'draft' | 'queued' | 'running' | 'waiting_network' | 'paused' | 'done' | 'failed' | 'cancelled' | 'interrupted' | 'stopped_budget';
export type ItemState = 'pending' | 'done' | 'failed' | 'skipped';
export type BatchMode = 'live' | 'batch_api';

export interface CropRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface VisionItem {
  id: string;
  batchId: string;
  idx: number;
  name: string;
  /** Folder path relative to what was dropped, for grouping. */
  folder: string;
  bytes: number;
  format: string | null;
  width: number | null;
  height: number | null;
  crop: CropRect | null;
  /** Media URL of a small JPEG preview (null for files that could not be read). */
  thumbUrl: string | null;
  state: ItemState;
  error: AppError | null;
  sent: { width: number; height: number; bytes: number } | null;
  /** Image tokens the estimate counted for what was sent. */
  estimatedImageTokens: number | null;
  estimatedInputTokens: number | null;
  /** Input tokens the provider reported. */
  inputTokens: number | null;
  outputTokens: number | null;
  costMicros: number;
  cached: boolean;
  model: string | null;
  latencyMs: number | null;
  /** The model's answer, one key per column. */
  result: Record<string, unknown> | null;
  /** Hand corrections, kept apart from what the model said. */
  corrections: Record<string, unknown>;
}

export interface BatchView {
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
  counts: { total: number; pending: number; done: number; failed: number; skipped: number };
  estimateMicros: number | null;
  costMicros: number;
  /** Estimated time left while running. */
  etaMs: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  error: AppError | null;
  /** Batch API progress (status as the provider reports it). */
  remote: Pick<BatchApiRemote, 'batchId' | 'status' | 'completed' | 'failed' | 'total'> | null;
  summary: { question: string; content: string; model: string; costMicros: number } | null;
}

/** How close the estimates shown before sending were to the input tokens the provider reported (answered images, not cache hits). */
export interface EstimateAccuracy {
  images: number;
  estimatedTokens: number;
  reportedTokens: number;
  /** Images whose estimate was within one token of the reported count. */
  exact: number;
  /** The largest difference of one image, as a share of its reported tokens (0.02 = 2 %). */
  worstShare: number;
}

export interface BatchDetail {
  batch: BatchView;
  items: VisionItem[];
  /** Result columns in order (the recipe's output fields). */
  columns: string[];
}

export interface EstimateTarget {
  providerId: string;
  model: string;
  detail: VisionDetail;
}

export interface EstimateRow extends EstimateTarget {
  images: number;
  imageTokens: number;
  promptTokens: number;
  outputTokens: number;
  /** null when the model's price is unknown. */
  costMicros: number | null;
  /** With the Batch API's discount. */
  batchCostMicros: number | null;
  /** Upload bytes of the prepared images (estimated from pixels). */
  supported: boolean;
}

export interface PreviewView {
  original: { width: number; height: number; bytes: number; format: string; hadGps: boolean; hadExif: boolean };
  sent: { width: number; height: number; bytes: number; mime: string };
  tokens: number | null;
  /** The prepared image as a data URL, exactly what would be uploaded. */
  dataUrl: string;
  notes: string[];
}

export interface CompareCell {
  itemId: string;
  name: string;
  model: string;
  result: Record<string, unknown> | null;
  error: AppError | null;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  latencyMs: number;
  cached: boolean;
}

const modelRef = z.object({ providerId: id, model: z.string().trim().min(1).max(200) }).strict();
const detail = z.enum(DETAILS);
/** Uploaded files by relative name; a picked file of 0 bytes has no upload (uploadId null) and is taken in as a failed item saying it is empty. */
const uploadItems = z.array(z.object({ uploadId: id.nullable(), name: z.string().min(1).max(1024) }).strict()).max(5000).default([]);
const crop = z.object({ left: z.number().min(0), top: z.number().min(0), width: z.number().positive(), height: z.number().positive() }).strict();
const fieldName = z.string().trim().min(1).max(60).regex(/^[\p{L}\p{N}_ -]+$/u, 'Use letters, digits, spaces, dashes or underscores.');
const field = z
  .object({
    name: fieldName,
    type: z.enum(FIELD_TYPES),
    description: z.string().max(500).default(''),
    allowed: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  })
  .strict()
  .refine((f) => f.type !== 'enum' || f.allowed.length > 0, { message: 'List the allowed values of an enum field.', path: ['allowed'] });
const recipeInput = z
  .object({
    id: id.optional(),
    name: z.string().trim().min(1, 'Give the recipe a name.').max(80),
    kind: z.enum(RECIPE_KINDS),
    prompt: z.string().trim().min(1, 'Say what to ask of each image.').max(8000),
    fields: z.array(field).max(60).default([]),
    task: z.enum(['extraction', 'judgement']).default('extraction'),
    detail: detail.default('auto'),
    expectedOutputTokens: z.number().int().min(1).max(32_000).default(300),
  })
  .strict()
  .refine((r) => r.kind !== 'fields' || r.fields.length > 0, { message: 'Add at least one field to extract.', path: ['fields'] })
  .refine((r) => new Set(r.fields.map((f) => f.name.toLowerCase())).size === r.fields.length, { message: 'Field names must be unique.', path: ['fields'] });

export const visionCalls = {
  /** Every recipe, built-in ones first. */
  'vision.recipes': call<Recipe[]>()(empty),
  /** Create or change a recipe (built-ins are copied on save). */
  'vision.saveRecipe': call<Recipe>()(recipeInput),
  'vision.removeRecipe': call<{ removed: true }>()(z.object({ id }).strict()),
  /** Every batch, newest first. */
  'vision.batches': call<BatchView[]>()(empty),
  /** A new draft batch from uploads and/or paths (folders are read recursively); unreadable files become failed items with their reason. */
  'vision.createBatch': call<BatchDetail>()(
    z
      .object({
        name: z.string().trim().min(1).max(200).optional(),
        uploads: uploadItems,
        paths: z.array(z.string().min(1).max(4096)).max(5000).default([]),
        recipeId: id.optional(),
      })
      .strict()
      .refine((v) => v.uploads.length + v.paths.length > 0, { message: 'Add at least one image or folder.', path: ['uploads'] }),
  ),
  /** Add more images to a draft batch. */
  'vision.addToBatch': call<BatchDetail>()(
    z.object({ batchId: id, uploads: uploadItems, paths: z.array(z.string().min(1).max(4096)).max(5000).default([]) }).strict(),
  ),
  /** Estimated against reported input tokens of the images answered between two local days (inclusive). */
  'vision.estimateAccuracy': call<EstimateAccuracy>()(z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict()),
  /** A batch with every item and result column. */
  'vision.get': call<BatchDetail>()(z.object({ id }).strict()),
  /** Token and dollar totals of a batch for several models and detail levels, before sending. */
  'vision.estimate': call<EstimateRow[]>()(z.object({ batchId: id, recipeId: id, targets: z.array(z.object({ providerId: id, model: z.string().min(1).max(200), detail }).strict()).min(1).max(40) }).strict()),
  /** What one image would be sent as: dimensions, bytes, tokens, and the prepared image itself. */
  'vision.preview': call<PreviewView>()(z.object({ itemId: id, model: z.string().min(1).max(200), detail, crop: crop.nullable().optional() }).strict()),
  /** Keep a crop rectangle for an image (null removes it); coordinates are pixels of the upright original. */
  'vision.setCrop': call<VisionItem>()(z.object({ itemId: id, crop: crop.nullable() }).strict()),
  /** Start a draft batch (or re-run the images that did not finish) with a recipe and model. */
  'vision.start': call<BatchView>()(
    z
      .object({
        batchId: id,
        recipeId: id,
        model: modelRef,
        detail: detail.optional(),
        mode: z.enum(['live', 'batch_api']).default('live'),
        /** A hard cap for this batch: it stops before the send that could pass it. */
        budgetMicros: z.number().int().min(1).max(1e13).nullable().optional(),
        /** Images whose estimate is above this are skipped. */
        perImageMicros: z.number().int().min(1).max(1e12).nullable().optional(),
      })
      .strict(),
  ),
  'vision.pause': call<BatchView>()(z.object({ batchId: id }).strict()),
  'vision.resume': call<BatchView>()(z.object({ batchId: id }).strict()),
  'vision.cancel': call<BatchView>()(z.object({ batchId: id }).strict()),
  'vision.removeBatch': call<{ removed: true }>()(z.object({ batchId: id }).strict()),
  /** Correct one field of one image by hand (null clears the correction). */
  'vision.correct': call<VisionItem>()(z.object({ itemId: id, field: z.string().min(1).max(60), value: z.union([z.string().max(10_000), z.number(), z.boolean()]).nullable() }).strict()),
  /** Analyse one image again, optionally with another model or recipe. */
  'vision.rerun': call<VisionItem>()(z.object({ itemId: id, model: modelRef.optional(), recipeId: id.optional(), detail: detail.optional() }).strict()),
  /** Run the recipe on a sample of images with several models, side by side (nothing is saved to the items). */
  'vision.compare': call<CompareCell[]>()(
    z.object({ batchId: id, recipeId: id, models: z.array(modelRef).min(1).max(4), sample: z.number().int().min(1).max(10).default(3), detail: detail.optional() }).strict(),
  ),
  /** Results as a file: CSV (safe against formula injection), XLSX (base64) or JSON. Corrections win over model output. */
  'vision.export': call<{ filename: string; mime: string; content: string; encoding: 'utf8' | 'base64' }>()(z.object({ batchId: id, format: z.enum(['csv', 'xlsx', 'json']) }).strict()),
  /** A text model's answer over all rows (summary, totals, outliers…), map-reduced so no row is dropped. */
  'vision.summarize': call<BatchView>()(z.object({ batchId: id, question: z.string().trim().min(1).max(2000), model: modelRef.optional() }).strict()),
  /** Open one image with its result in a new chat: the image becomes an attachment and the result a draft. */
  'vision.openInChat': call<{ conversationId: string; attachment: ChatAttachment; draft: string }>()(z.object({ itemId: id }).strict()),
} as const;
