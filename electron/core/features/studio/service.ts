import crypto from 'node:crypto';
import type { GenerationView, OutputDetail, ParsedInput, StudioEstimate, StudioSettings, Warning } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import {
  checkImageRequest, estimateImageGeneration, estimateTextTokens, formatMoney, imageModelSpec, imageModelStatus, isPriceUnknown, sizeIsExperimental,
} from '../../../../shared/pricing';
import type { JobsRepo } from '../../db/repos/jobs';
import type { SettingsRepo } from '../../db/repos/settings';
import type { OutputRow, StudioRepo } from '../../db/repos/studio';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { EventBus } from '../../rpc/events';
import { runCheck } from './compliance';
import { validateMask, readImage } from './images';
import { checkable } from './params';
import { STUDIO_SCENE, type StudioQueue } from './queue';
import { BATCH_DISCOUNT } from '../../batch/batch-api';

type Request = ParsedInput<'studio.estimate'>;

export const DEFAULT_STUDIO_SETTINGS: StudioSettings = { reviewerName: '', confirmAboveMicros: 500_000, purgeAfterDays: 30, exportDir: '' };
const SETTINGS_KEY = 'studio';
const DAY_MS = 86_400_000;

export interface StudioServiceDeps {
  repo: StudioRepo;
  settingsRepo: SettingsRepo;
  media: MediaStore;
  stack: Pick<PipelineStack, 'pipeline' | 'operations' | 'settings' | 'budgets'>;
  events: EventBus;
  providerExists(id: string): boolean;
  queue: () => StudioQueue;
  jobs: JobsRepo;
}

export function createStudioService(deps: StudioServiceDeps) {
  const { repo, media } = deps;
  const changed = () => deps.events.emit('data.changed', { topic: 'studio' });
  const settings = (): StudioSettings => ({ ...DEFAULT_STUDIO_SETTINGS, ...(deps.settingsRepo.get<Partial<StudioSettings>>(SETTINGS_KEY) ?? {}) });
  const reviewer = () => settings().reviewerName.trim() || 'Unnamed reviewer';
  const mustOutput = (id: string): OutputRow => {
    const o = repo.output(id);
    if (!o) throw new AppFailure('not_found', 'That image no longer exists.');
    return o;
  };

  /** Everything known before sending: problems, the estimate, whether to confirm. */
  async function assess(req: Request): Promise<StudioEstimate & { maskBytes: Buffer | null }> {
    const spec = imageModelSpec(req.model);
    const kind = req.inputs.length ? 'edit' : 'generate';
    const problems: string[] = [];
    const warnings: Warning[] = [];
    if (!deps.providerExists(req.providerId)) problems.push('That provider no longer exists. Pick another in the form.');
    if (!spec) problems.push(`${req.model} is not an image model Atelier knows.`);
    let maskBytes: Buffer | null = null;
    const sizes = req.inputs.map((hash) => media.describe(hash));
    if (sizes.some((s) => !s)) problems.push('A reference image is missing; add it again.');
    if (spec) {
      for (const issue of checkImageRequest(spec, checkable(req.model, req.prompt, req.params, kind), kind === 'edit' ? { images: req.inputs.length, mask: Boolean(req.maskBase64) } : undefined)) {
        problems.push(issue.message);
      }
      const status = imageModelStatus(spec, new Date().toISOString().slice(0, 10));
      if (status !== 'current') {
        warnings.push({ kind: 'model_status', model: spec.id, status, deprecated: spec.deprecated, retired: spec.retired, replacement: spec.replacement ?? null, message: spec.note ?? `${spec.id} is ${status}.` });
      }
      if (sizeIsExperimental(spec, req.params.size)) warnings.push({ kind: 'size_experimental', model: spec.id, message: 'Sizes above 2560 × 1440 are experimental on gpt-image-2.' });
      if (spec.transparentPreview && req.params.background === 'transparent') {
        warnings.push({ kind: 'transparent_preview', model: spec.id, message: 'Transparent backgrounds are a preview on this model and may fail.' });
      }
    }
    if (req.batch) {
      if (kind === 'edit') problems.push('The Batch API option takes new images only; send edits through the queue.');
      if (spec && spec.billing.kind === 'per_image') problems.push(`The Batch API option is offered for the gpt-image models, not ${spec.id}.`);
    }
    if (req.maskBase64) {
      if (kind !== 'edit') problems.push('A mask needs a reference image to apply to.');
      const first = sizes[0];
      maskBytes = Buffer.from(req.maskBase64, 'base64');
      if (first) await validateMask(maskBytes, { width: first.width ?? 0, height: first.height ?? 0 }).catch((e: unknown) => problems.push(e instanceof AppFailure ? e.message : 'The mask could not be read.'));
    }
    const e = estimateImageGeneration(
      {
        model: req.model,
        size: req.params.size,
        quality: req.params.quality,
        n: req.params.n,
        promptTokens: estimateTextTokens(req.prompt),
        inputImages: sizes.map((s) => ({ width: s?.width ?? 1024, height: s?.height ?? 1024 })),
        partialImages: spec && spec.maxPartials > 0 && !req.batch ? req.params.partialImages : 0,
      },
      deps.stack.settings.config().priceOverrides,
    );
    const threshold = settings().confirmAboveMicros;
    const listMicros = isPriceUnknown(e) ? null : e.micros;
    const micros = listMicros === null ? null : req.batch ? Math.round(listMicros * BATCH_DISCOUNT) : listMicros;
    if (micros === null) warnings.push({ kind: 'price_unknown', message: 'The price of this model is unknown: the estimate cannot be shown and budgets cannot account for it.' });
    // Soft budgets this request would go over, shown where the money is spent (a hard cap refuses at send).
    else warnings.push(...deps.stack.budgets.preview({ modality: 'image-generation', scene: STUDIO_SCENE, maxCostMicros: micros }));
    return {
      micros,
      listMicros,
      batch: req.batch,
      inputTokens: isPriceUnknown(e) ? 0 : e.inputTokens,
      outputTokens: isPriceUnknown(e) ? 0 : e.outputTokens,
      needsConfirmation: micros === null || micros > threshold,
      thresholdMicros: threshold,
      problems,
      warnings,
      maskBytes,
    };
  }

  function detail(id: string): OutputDetail {
    const o = mustOutput(id);
    const generation = repo.generation(o.generationId)!;
    const { seq: _seq, previewHash: _p, thumbHash: _t, ...output } = o;
    const parent = generation.editedFrom || generation.variationOf ? repo.output((generation.editedFrom ?? generation.variationOf)!) : undefined;
    const firstInput = generation.inputs[0] ? media.describe(generation.inputs[0]) : undefined;
    const before = parent
      ? { id: parent.id, preview: parent.preview, width: parent.width, height: parent.height }
      : firstInput
        ? { id: null, preview: `/media/attachment/${firstInput.hash}`, width: firstInput.width ?? o.width, height: firstInput.height ?? o.height }
        : null;
    const source = generation.variationOf ? repo.output(generation.variationOf) : undefined;
    return {
      output,
      generation,
      audit: repo.audit(id),
      before,
      variationOf: source ? { id: source.id, thumb: source.thumb } : null,
      children: repo.childrenOf(id).map((c) => ({ id: c.id, thumb: c.thumb, kind: c.variationOf === id ? ('variation' as const) : ('edit' as const) })),
    };
  }

  async function check(id: string, brandId?: string | null): Promise<OutputDetail> {
    const o = mustOutput(id);
    const gen = repo.generation(o.generationId)!;
    const brand = deps.repo.brands().find((b) => b.id === (brandId === undefined ? gen.brandId : brandId)) ?? null;
    const original = media.read(o.hash);
    const preview = media.read(o.previewHash);
    if (!original || !preview) throw new AppFailure('not_found', 'The image file is missing from the data folder.');
    try {
      const result = await runCheck(deps.stack, { providerId: gen.providerId, prompt: gen.prompt, notes: o.notes, original, mime: o.mime, width: o.width, height: o.height, preview, previewHash: o.previewHash }, brand);
      repo.setCheck(id, result.items.every((i) => i.passed) ? 'passed' : 'failed', result, 'Compliance check');
    } catch (error) {
      repo.setCheck(id, 'error', null, 'Compliance check');
      changed();
      throw error;
    }
    changed();
    return detail(id);
  }

  return {
    settings,
    updateSettings(patch: Partial<StudioSettings>): StudioSettings {
      deps.settingsRepo.putMany({ [SETTINGS_KEY]: { ...settings(), ...patch } });
      changed();
      return settings();
    },
    estimate: async (req: Request): Promise<StudioEstimate> => {
      const { maskBytes: _m, ...e } = await assess(req);
      return e;
    },
    async generate(req: ParsedInput<'studio.generate'>) {
      const { maskBytes, ...estimate } = await assess(req);
      if (estimate.problems.length) throw new AppFailure('invalid_input', estimate.problems.join(' '));
      if (estimate.needsConfirmation && !req.confirmed) return { status: 'confirm' as const, estimate };
      // A hard budget refuses now, before anything is queued (the pipeline checks again when sending).
      deps.stack.budgets.admit({ modality: 'image-generation', scene: STUDIO_SCENE, maxCostMicros: estimate.micros }).release();
      const id = crypto.randomUUID();
      const batchId = req.batch ? repo.draftBatch(req.providerId).id : null;
      repo.insertGeneration({
        id,
        kind: req.inputs.length ? 'edit' : 'generate',
        providerId: req.providerId,
        model: req.model,
        prompt: req.prompt,
        inputs: req.inputs,
        maskHash: maskBytes ? media.put(maskBytes, 'image/png', 'mask.png') : null,
        editedFrom: req.editedFrom ?? null,
        variationOf: req.variationOf ?? null,
        template: req.template ?? null,
        brandId: req.brandId ?? null,
        boardId: req.boardId ?? null,
        estimateMicros: estimate.micros,
        params: req.batch ? { ...req.params, partialImages: 0 } : req.params,
        batchId,
      });
      // A batch generation waits in its draft until the batch is sent.
      if (!batchId) repo.setJob(id, deps.queue().add({ generationId: id }));
      changed();
      return { status: 'queued' as const, generation: repo.generation(id)! };
    },
    async addImage(name: string, dataBase64: string) {
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length > 50 * 1024 * 1024) throw new AppFailure('too_large', 'Reference images must be under 50 MB.');
      const info = await readImage(bytes);
      const hash = media.put(bytes, info.mime, name, info);
      return { hash, width: info.width, height: info.height, preview: `/media/attachment/${hash}` };
    },
    cancel(id: string): GenerationView {
      const g = repo.generation(id);
      if (!g) throw new AppFailure('not_found', 'That generation no longer exists.');
      const batch = g.batchId ? repo.batch(g.batchId) : undefined;
      if (batch && batch.state !== 'draft' && g.state !== 'failed') throw new AppFailure('conflict', 'This generation was sent with its Batch API batch; cancel the batch instead.');
      if (batch && g.state === 'queued') {
        repo.setState(id, 'cancelled');
        changed();
      } else if (g.jobId && (g.state === 'queued' || g.state === 'running')) deps.queue().cancel(g.jobId);
      return repo.generation(id)!;
    },
    retry(id: string): GenerationView {
      const g = repo.generation(id);
      if (!g) throw new AppFailure('not_found', 'That generation no longer exists.');
      if (!['failed', 'cancelled', 'interrupted'].includes(g.state)) throw new AppFailure('conflict', 'Only a failed, cancelled or interrupted generation can be retried.');
      const batch = g.batchId ? repo.batch(g.batchId) : undefined;
      if (batch) {
        // It was asked for at the batch discount: it goes again with the next batch, never at full price.
        if (batch.state !== 'draft') repo.setBatch(id, repo.draftBatch(g.providerId).id);
        repo.setState(id, 'queued');
        changed();
        return repo.generation(id)!;
      }
      repo.setState(id, 'queued');
      const job = g.jobId ? deps.jobs.get(g.jobId) : undefined;
      if (g.jobId && job && ['failed', 'cancelled', 'interrupted'].includes(job.state)) deps.queue().retry(g.jobId);
      else repo.setJob(id, deps.queue().add({ generationId: id }));
      changed();
      return repo.generation(id)!;
    },
    detail,
    check,
    review(input: ParsedInput<'studio.review'>): OutputDetail {
      const o = mustOutput(input.id);
      const actor = reviewer();
      const reason = input.reason?.trim() || null;
      switch (input.action) {
        case 'star':
        case 'unstar':
          repo.review(o.id, { starred: input.action === 'star' }, { actor, action: input.action, reason });
          break;
        case 'note':
          repo.review(o.id, { notes: input.notes ?? '' }, { actor, action: 'note', reason: null, details: { notes: input.notes ?? '' } });
          break;
        case 'reject':
          repo.review(o.id, { state: 'rejected', ...(input.notes !== undefined ? { notes: input.notes } : {}) }, { actor, action: 'reject', reason });
          break;
        case 'reopen':
          repo.review(o.id, { state: 'review' }, { actor, action: 'reopen', reason });
          break;
        case 'approve': {
          if (!settings().reviewerName.trim()) throw new AppFailure('invalid_input', 'Set your reviewer name in Settings → Image studio first: approvals are signed with it.', { field: 'reviewerName' });
          if (o.checkState !== 'passed') {
            if (!input.override) {
              throw new AppFailure('invalid_input', o.checkState === 'failed'
                ? 'The compliance check failed. Fix the image, or approve with an override and a written reason.'
                : 'The compliance check has not passed yet. Run it, or approve with an override and a written reason.', { field: 'override' });
            }
            if (!reason || reason.length < 5) throw new AppFailure('invalid_input', 'An override needs a written reason (a sentence, at least 5 characters).', { field: 'reason' });
          }
          repo.review(o.id, { state: 'approved', ...(input.notes !== undefined ? { notes: input.notes } : {}) }, {
            actor,
            action: o.checkState === 'passed' ? 'approve' : 'approve_override',
            reason,
            details: { check: o.checkState },
          });
          break;
        }
      }
      changed();
      return detail(o.id);
    },
    purge(days: number, dryRun: boolean): { count: number } {
      const rows = repo.purgeable(new Date(Date.now() - days * DAY_MS).toISOString());
      if (dryRun || rows.length === 0) return { count: rows.length };
      repo.deleteOutputs(rows, reviewer());
      for (const o of rows) for (const h of [o.hash, o.previewHash, o.thumbHash]) if (!repo.hashInUse(h)) media.remove(h);
      changed();
      return { count: rows.length };
    },
    /** What the confirmation dialog says. */
    describeCost: (micros: number | null) => (micros === null ? 'an unknown amount' : formatMoney(micros, deps.stack.settings.config().currency)),
  };
}
export type StudioService = ReturnType<typeof createStudioService>;
