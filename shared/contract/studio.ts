/**
 * The image studio part of the contract: generations in a persisted queue, outputs in review with an
 * append-only audit trail, compliance checks, exports, templates, brand profiles and boards.
 */
import { z } from 'zod';
import type { AppError } from '../errors';
import type { BatchApiRemote } from './batch-api';
import { blockRule, call, empty, id } from './define';
import type { Warning } from './warnings';

export type GenerationState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';
export type ReviewState = 'review' | 'rejected' | 'approved';
export type CheckState = 'pending' | 'passed' | 'failed' | 'error';

/** The parameters of one image request, as chosen in the form (only what the model accepts is sent). */
export interface StudioParams {
  n: number;
  size: string;
  quality: 'low' | 'medium' | 'high' | 'auto' | 'standard' | 'hd';
  background?: 'transparent' | 'opaque' | 'auto';
  outputFormat?: 'png' | 'jpeg' | 'webp';
  compression?: number;
  moderation?: 'low' | 'auto';
  inputFidelity?: 'low' | 'high';
  style?: 'vivid' | 'natural';
  /** Partial images streamed per image (0–3). */
  partialImages: number;
  /** Edits: composite the result over the original outside the mask, locally. */
  keepUnmasked?: boolean;
}

export interface GenerationView {
  id: string;
  /** The queue task id (job.progress events carry it). */
  jobId: string | null;
  kind: 'generate' | 'edit';
  providerId: string;
  model: string;
  prompt: string;
  params: StudioParams;
  inputs: string[];
  maskHash: string | null;
  editedFrom: string | null;
  variationOf: string | null;
  template: { id: string; version: number; values: Record<string, string> } | null;
  brandId: string | null;
  /** The Batch API batch this generation goes out with (null: sent through the queue). */
  batchId: string | null;
  state: GenerationState;
  estimateMicros: number | null;
  costMicros: number;
  error: AppError | null;
  outputs: number;
  createdAt: string;
  updatedAt: string;
}

/** One compliance rule's outcome. */
/** What a check item found, for the interface to word in its language (`detail` is the English of it). */
export type CheckFacts =
  | { kind: 'moderation'; flagged: string[] }
  | { kind: 'blocked_words'; brand: string; outcome: 'clear' | 'matched' | 'timed_out'; word: string | null }
  | { kind: 'format'; brand: string; required: string; actual: string }
  | { kind: 'size'; brand: string; minWidth: number; minHeight: number; width: number; height: number }
  | { kind: 'transparent_background'; brand: string };

export interface CheckItem {
  rule: string;
  passed: boolean;
  detail: string;
  /** Absent in checks saved before it existed: `detail` is shown then. */
  facts?: CheckFacts;
}

export interface CheckResult {
  at: string;
  brandId: string | null;
  items: CheckItem[];
  /** Moderation categories flagged on the prompt or the image. */
  flagged: string[];
}

/** A gallery card: light enough for 5,000 at once. */
export interface OutputCard {
  id: string;
  generationId: string;
  thumb: string;
  preview: string;
  width: number;
  height: number;
  model: string;
  prompt: string;
  state: ReviewState;
  starred: boolean;
  checkState: CheckState;
  templateId: string | null;
  boardId: string | null;
  editedFrom: string | null;
  costMicros: number;
  createdAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
}

export interface OutputDetail {
  output: OutputCard & { hash: string; mime: string; bytes: number; notes: string; check: CheckResult | null };
  generation: GenerationView;
  audit: AuditEntry[];
  /** The image this one was edited from (for the before/after slider), when there is one. */
  before: { id: string | null; preview: string; width: number; height: number } | null;
  /** The image this one is a variation of, when it is one. */
  variationOf: { id: string; thumb: string } | null;
  /** Outputs made from this one (edits and variations). */
  children: { id: string; thumb: string; kind: 'edit' | 'variation' }[];
}

export interface StudioEstimate {
  /** What it should cost: at the Batch API's discount when `batch`. */
  micros: number | null;
  /** The same at list price. */
  listMicros: number | null;
  batch: boolean;
  inputTokens: number;
  outputTokens: number;
  /** Above the confirmation threshold set in Settings. */
  needsConfirmation: boolean;
  thresholdMicros: number;
  /** Problems the form must fix before sending (the model does not accept something). */
  problems: string[];
  warnings: Warning[];
}

export interface StudioSettings {
  reviewerName: string;
  /** Ask before sending a request estimated above this (micro-dollars). */
  confirmAboveMicros: number;
  /** Rejected drafts older than this can be purged. */
  purgeAfterDays: number;
  /** Where exports go; '' = the data folder's exports/<date>. */
  exportDir: string;
}

export interface StudioStorage {
  originals: number;
  previews: number;
  thumbs: number;
  files: number;
}

export interface BrandRules {
  blockedWords: string[];
  requiredFormat: 'png' | 'jpeg' | 'webp' | null;
  minWidth: number | null;
  minHeight: number | null;
  requireTransparent: boolean;
}

export interface BrandProfile {
  id: string;
  name: string;
  rules: BrandRules;
}

export interface TemplateVersion {
  version: number;
  body: string;
  defaults: Record<string, string>;
  createdAt: string;
}

export interface StudioTemplate {
  id: string;
  name: string;
  group: string;
  versions: TemplateVersion[];
}

export interface Board {
  id: string;
  name: string;
  count: number;
}

export type StudioBatchState = 'draft' | 'queued' | 'submitted' | 'done' | 'failed' | 'cancelled';

/** A Batch API run: generations collected in a draft, sent together at the batch discount, answered within 24 h. */
export interface StudioBatchView {
  id: string;
  providerId: string;
  state: StudioBatchState;
  /** The queue task id while it is sent and polled. */
  jobId: string | null;
  generations: number;
  estimateMicros: number | null;
  costMicros: number;
  /** The provider's ids and status, once sent. */
  remote: StudioBatchRemote | null;
  error: AppError | null;
  createdAt: string;
  submittedAt: string | null;
  finishedAt: string | null;
}

/** The provider's ids and status of a studio batch (the Batch API's shape, shared with image analysis). */
export type StudioBatchRemote = BatchApiRemote;

export interface ExportResult {
  dir: string;
  files: string[];
  sidecar: string;
}

const params = z
  .object({
    n: z.number().int().min(1).max(10),
    size: z.string().trim().regex(/^(auto|\d{2,5}x\d{2,5})$/, 'Write a size as WIDTHxHEIGHT, such as 1536x1024.'),
    quality: z.enum(['low', 'medium', 'high', 'auto', 'standard', 'hd']),
    background: z.enum(['transparent', 'opaque', 'auto']).optional(),
    outputFormat: z.enum(['png', 'jpeg', 'webp']).optional(),
    compression: z.number().int().min(0).max(100).optional(),
    moderation: z.enum(['low', 'auto']).optional(),
    inputFidelity: z.enum(['low', 'high']).optional(),
    style: z.enum(['vivid', 'natural']).optional(),
    partialImages: z.number().int().min(0).max(3),
    keepUnmasked: z.boolean().optional(),
  })
  .strict();

const hash = z.string().regex(/^[0-9a-f]{64}$/, 'Not a stored image.');
const request = z
  .object({
    providerId: id,
    model: z.string().trim().min(1).max(200),
    prompt: z.string().trim().min(1, 'Write a prompt.').max(32_000),
    params,
    /** Reference images (stored hashes): an edit when there is at least one. */
    inputs: z.array(hash).max(16, 'At most 16 reference images.').default([]),
    /** The mask as a PNG data (base64), the size of the first image. */
    maskBase64: z.string().max(8_000_000).optional(),
    editedFrom: id.optional(),
    variationOf: id.optional(),
    template: z.object({ id, version: z.number().int().min(1), values: z.record(z.string(), z.string().max(2000)) }).strict().optional(),
    brandId: id.optional(),
    boardId: id.optional(),
    /** The user confirmed a request above the threshold. */
    confirmed: z.boolean().default(false),
    /** Collect it in the Batch API draft (half price, answered within 24 h) instead of sending it now. */
    batch: z.boolean().default(false),
  })
  .strict();
const galleryFilter = z
  .object({
    state: z.enum(['review', 'rejected', 'approved']).optional(),
    model: z.string().max(200).optional(),
    templateId: id.optional(),
    boardId: id.optional(),
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    query: z.string().trim().max(200).optional(),
    starred: z.boolean().optional(),
    /** A page of the gallery (newest first): the first page paints at once, the rest follows. */
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();
const brandRules = z
  .object({
    blockedWords: z.array(blockRule(200)).max(500),
    requiredFormat: z.enum(['png', 'jpeg', 'webp']).nullable(),
    minWidth: z.number().int().min(1).max(20_000).nullable(),
    minHeight: z.number().int().min(1).max(20_000).nullable(),
    requireTransparent: z.boolean(),
  })
  .strict();
const templateInput = z
  .object({
    name: z.string().trim().min(1, 'Name the template.').max(120),
    group: z.string().trim().max(120).default(''),
    body: z.string().trim().min(1, 'Write the template text.').max(32_000),
    defaults: z.record(z.string(), z.string().max(2000)).default({}),
  })
  .strict();

export const studioCalls = {
  /** Pre-flight estimate of a request, with what the model would refuse and whether to confirm first. */
  'studio.estimate': call<StudioEstimate>()(request),
  /** Queue a generation or edit; answers 'confirm' (nothing queued) when it is above the threshold and not confirmed. */
  'studio.generate': call<{ status: 'queued'; generation: GenerationView } | { status: 'confirm'; estimate: StudioEstimate }>()(request),
  /** Store a reference image (base64 bytes) for edits; returns its hash and size. */
  'studio.addImage': call<{ hash: string; width: number; height: number; preview: string }>()(
    z.object({ name: z.string().trim().min(1).max(300), dataBase64: z.string().min(1).max(70_000_000) }).strict(),
  ),
  /** Recent generations, newest first (the queue panel). */
  'studio.generations': call<GenerationView[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict()),
  /** Cancel a queued or running generation. */
  'studio.cancel': call<GenerationView>()(z.object({ id }).strict()),
  /** Send a failed, cancelled or interrupted generation again (the user's explicit choice). */
  'studio.retry': call<GenerationView>()(z.object({ id }).strict()),
  /** Gallery cards matching the filters, newest first. */
  'studio.gallery': call<OutputCard[]>()(galleryFilter),
  /** One output with its generation, check result, audit trail and lineage. */
  'studio.output': call<OutputDetail>()(z.object({ id }).strict()),
  /** A review step: star, unstar, reject, approve (override needs a reason), reopen, or notes. */
  'studio.review': call<OutputDetail>()(
    z
      .object({
        id,
        action: z.enum(['star', 'unstar', 'reject', 'approve', 'reopen', 'note']),
        notes: z.string().max(10_000).optional(),
        reason: z.string().trim().max(2000).optional(),
        override: z.boolean().default(false),
      })
      .strict(),
  ),
  /** Run the compliance check again (moderation on image and prompt, the brand's local rules). */
  'studio.check': call<OutputDetail>()(z.object({ id, brandId: id.nullable().optional() }).strict()),
  /** Export an approved image: the original untouched, an optional local upscale, and a sidecar JSON. */
  'studio.export': call<ExportResult>()(
    z.object({ id, upscale: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(1), dir: z.string().trim().min(1).max(4096).optional() }).strict(),
  ),
  /** Rejected drafts older than `days`: counted (dryRun) or deleted. */
  'studio.purge': call<{ count: number }>()(z.object({ days: z.number().int().min(0).max(3650), dryRun: z.boolean() }).strict()),
  /** Reviewer name, confirmation threshold, purge age. */
  'studio.settings': call<StudioSettings>()(empty),
  /** Change some studio settings; returns all of them. */
  'studio.updateSettings': call<StudioSettings>()(
    z
      .object({
        reviewerName: z.string().trim().max(120),
        confirmAboveMicros: z.number().int().min(0).max(1e12),
        purgeAfterDays: z.number().int().min(1).max(3650),
        exportDir: z.string().trim().max(4096),
      })
      .partial()
      .strict(),
  ),
  /** Disk used by the studio's images, per storage tier (bytes). */
  'studio.storage': call<StudioStorage>()(empty),
  /** Templates with every version, grouped by brand or client. */
  'studio.templates': call<StudioTemplate[]>()(empty),
  /** Create a template, or save a new version of one (versions are never changed). */
  'studio.saveTemplate': call<StudioTemplate>()(templateInput.extend({ id: id.optional() })),
  /** Delete a template and its versions (generations keep the text they were made from). */
  'studio.removeTemplate': call<{ removed: true }>()(z.object({ id }).strict()),
  /** Every template as JSON, for another machine. */
  'studio.exportTemplates': call<{ filename: string; json: string }>()(empty),
  /** Templates from JSON (as exported); returns how many were added. */
  'studio.importTemplates': call<{ added: number }>()(z.object({ json: z.string().min(2).max(10_000_000) }).strict()),
  /** Brand profiles and their local compliance rules. */
  'studio.brands': call<BrandProfile[]>()(empty),
  /** Create or change a brand profile. */
  'studio.saveBrand': call<BrandProfile>()(z.object({ id: id.optional(), name: z.string().trim().min(1).max(120), rules: brandRules }).strict()),
  /** Delete a brand profile; its templates keep their group name, and generations made for it keep their check results (new checks run without brand rules). */
  'studio.removeBrand': call<{ removed: true; templates: number; generations: number }>()(z.object({ id }).strict()),
  /** Desktop: the system's folder picker for exports (null when the user cancels); browser mode answers 'unsupported'. */
  'studio.chooseExportFolder': call<{ path: string | null }>()(z.object({ current: z.string().max(4096).optional() }).strict()),
  /** Boards with how many images each holds. */
  'studio.boards': call<Board[]>()(empty),
  /** Create a board. */
  'studio.createBoard': call<Board>()(z.object({ name: z.string().trim().min(1).max(120) }).strict()),
  /** Put images on a board (null takes them off). */
  'studio.assignBoard': call<{ updated: number }>()(z.object({ ids: z.array(id).min(1).max(5000), boardId: id.nullable() }).strict()),
} as const;

/** Batch API runs of the studio. */
export const studioBatchCalls = {
  /** Batch API runs, newest first (the draft being collected, if any, among them). */
  'studio.batches': call<StudioBatchView[]>()(empty),
  /** Send a draft batch: its generations go to the provider as one Batch API file. */
  'studio.sendBatch': call<StudioBatchView>()(z.object({ id }).strict()),
  /** Discard a draft (its generations are cancelled), or ask the provider to cancel a sent batch (answers that already ran are still collected and billed). */
  'studio.cancelBatch': call<StudioBatchView>()(z.object({ id }).strict()),
} as const;

/** Streamed partial images of a running generation. */
export interface StudioEvents {
  'studio.partial': { generationId: string; index: number; partial: number; dataUrl: string };
}
