/**
 * Image analysis: recipes, batches on the persisted queue (or the Batch API), estimates before
 * sending, previews of what is uploaded, results with corrections, comparison, exports, summaries.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import OpenAI from 'openai';
import type { BatchDetail, EstimateRow, ModelRef, Recipe } from '../../../../shared/contract';
import { AppFailure, makeError } from '../../../../shared/errors';
import { imageInputTokens, type VisionDetail } from '../../../../shared/pricing';
import type { Db } from '../../db/connection';
import { createJobsRepo } from '../../db/repos/jobs';
import { createVisionRepo, type BatchRow } from '../../db/repos/vision';
import { onQueueProgress, queueBase } from '../../jobs/feature-wiring';
import type { Logger } from '../../log';
import { prepareImage } from '../../media/image-prepare';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { PartialHandlers } from '../../rpc/dispatcher';
import type { EventBus } from '../../rpc/events';
import { addAttachment } from '../chat/attachments';
import type { ProvidersService } from '../providers/service';
import type { SettingsService } from '../settings/service';
import type { Uploads } from '../transcription/uploads';
import { analyzeImage, estimateItem, itemSentSize, sendableDetail } from './analyze';
import { createRemoteRunner } from './remote';
import { toCsv, toJson, toXlsx, type ExportRow } from './exports';
import { expandPaths, intakeFiles, splitUploadName, type IntakeFile } from './intake';
import { expectedItemMicros, VISION_QUEUE, VisionQueue } from './queue';
import { BUILTIN_RECIPES, recipeColumns } from './recipes';
import { summarizeRows } from './summarize';
import { thumbnailOf } from './thumbs';
import { effectiveValues, toBatchView, toItemView } from './views';
import { localStamp } from '../../names/stamp';

/** Images in flight at once within a batch (the issue's benchmark runs 8). */
export const VISION_CONCURRENCY = 8;

export function createVisionFeature(deps: {
  db: Db;
  dataDir: string;
  stack: PipelineStack;
  settings: SettingsService;
  media: MediaStore;
  providers: ProvidersService;
  uploads: Uploads;
  events: EventBus;
  log: Logger;
  /** Creates a chat conversation (for "open in chat"); returns its id. */
  createConversation: (title: string) => string;
  concurrency?: number;
}) {
  const repo = createVisionRepo(deps.db);
  const jobs = createJobsRepo(deps.db);
  const storeDir = path.join(deps.dataDir, 'vision');
  let pending: NodeJS.Timeout | null = null;
  /** data.changed at most every 200 ms: a batch of thousands must not flood the UI. */
  const changed = () => {
    pending ??= setTimeout(() => {
      pending = null;
      deps.events.emit('data.changed', { topic: 'vision' });
    }, 200);
  };
  for (const r of BUILTIN_RECIPES) if (!repo.recipe(r.id)) repo.saveRecipe(r);
  const providerExists = (id: string) => deps.providers.list().some((p) => p.id === id);

  const networkProbe = async () => {
    for (const p of deps.providers.list()) {
      try {
        const client = await deps.providers.client(p.id);
        await client.models.list({ timeout: 5000 });
        return true;
      } catch (error) {
        if (error instanceof OpenAI.APIError && error.status !== undefined) return true;
      }
    }
    return false;
  };

  const remote = createRemoteRunner({ repo, stack: deps.stack, providers: deps.providers, media: deps.media, workDir: path.join(deps.dataDir, 'vision-batches'), changed, log: deps.log });
  const queue = new VisionQueue({
    ...queueBase(repo, jobs, deps),
    concurrency: () => deps.concurrency ?? VISION_CONCURRENCY,
    networkProbe,
    changed,
    runRemote: remote.run,
    onSettled: (id, state) => {
      const b = repo.batch(id);
      changed();
      if (!b || state === 'cancelled') return;
      const link = { kind: 'vision-batch' as const, id };
      deps.events.emit('app.notify', state === 'done'
        ? { kind: 'success', title: 'Analysis finished', body: `${b.name}: ${repo.counts(id).done} images analysed.`, news: { about: 'vision-batch', outcome: 'done', name: b.name, count: repo.counts(id).done }, link }
        : { kind: 'error', title: 'Analysis stopped', body: `${b.name} could not finish. Open Image analysis for details.`, news: { about: 'vision-batch', outcome: 'failed', name: b.name }, link });
    },
  });
  deps.stack.onReachable(() => queue.networkBack());
  onQueueProgress(deps.events, [VISION_QUEUE], changed);

  const mustBatch = (id: string): BatchRow => {
    const b = repo.batch(id);
    if (!b) throw new AppFailure('not_found', 'That batch no longer exists.');
    return b;
  };
  const mustRecipe = (id: string): Recipe => {
    const r = repo.recipe(id);
    if (!r) throw new AppFailure('not_found', 'That recipe no longer exists.');
    return r;
  };
  const mustItem = (id: string) => {
    const i = repo.item(id);
    if (!i) throw new AppFailure('not_found', 'That image is no longer in the batch.');
    return i;
  };
  const view = (b: BatchRow) => {
    const counts = repo.counts(b.id);
    return toBatchView(b, b.jobId ? jobs.get(b.jobId) ?? null : null, counts, queue.etaMs(b.id, counts.done + counts.failed + counts.skipped, counts.pending));
  };
  const detail = (id: string): BatchDetail => {
    const b = mustBatch(id);
    return { batch: view(b), items: repo.items(id).map(toItemView), columns: recipeColumns(b.recipe) };
  };
  const target = (ref: ModelRef | undefined): ModelRef => {
    const t = ref ?? deps.settings.get().defaults['image-understanding'];
    if (!t || !providerExists(t.providerId)) throw new AppFailure('no_provider', 'No image-analysis model is set up. Pick one in Settings → Default models.', { reason: 'no_model', purpose: 'image_analysis' });
    return t;
  };

  /** Uploaded files are moved into the data folder; files on disk are analysed where they are. */
  const takeUploads = (batchId: string, uploads: { uploadId: string | null; name: string }[]): IntakeFile[] => {
    const dir = path.join(storeDir, batchId);
    fs.mkdirSync(dir, { recursive: true });
    return uploads.map((u, i) => {
      const { name, folder } = splitUploadName(u.name);
      const ext = path.extname(name).slice(0, 10);
      const file = path.join(dir, `${String(repo.nextIdx(batchId) + i).padStart(5, '0')}-${crypto.randomUUID().slice(0, 8)}${ext}`);
      // An empty file cannot be uploaded; it is kept as the empty file it is, so intake names it as such.
      if (u.uploadId === null) fs.writeFileSync(file, '');
      else fs.renameSync(deps.uploads.take(u.uploadId).file, file);
      return { file, name, folder };
    });
  };

  const addFiles = async (batchId: string, uploads: { uploadId: string | null; name: string }[], paths: string[]) => {
    const fromUploads = takeUploads(batchId, uploads);
    const fromPaths = paths.length ? expandPaths(paths).files : [];
    await intakeFiles({ repo, media: deps.media }, batchId, [...fromUploads, ...fromPaths]);
  };

  const estimateRows = (batchId: string, recipe: Recipe, targets: { providerId: string; model: string; detail: VisionDetail }[]): EstimateRow[] => {
    const items = repo.items(batchId).filter((i) => i.width !== null && i.state !== 'failed');
    const overrides = deps.stack.settings.config().priceOverrides;
    return targets.map((t) => {
      let imageTokens = 0;
      let promptTokens = 0;
      let micros: number | null = 0;
      let supported = true;
      for (const i of items) {
        const size = itemSentSize(i, t.model, t.detail, overrides);
        if (imageInputTokens(t.model, size.width, size.height, t.detail, overrides) === undefined) supported = false;
        const e = estimateItem(recipe, t.model, size, t.detail, overrides);
        imageTokens += e.imageTokens;
        promptTokens += e.inputTokens - e.imageTokens;
        micros = micros === null || e.microsMax === null ? null : micros + e.microsMax;
      }
      const outputTokens = items.length * recipe.expectedOutputTokens;
      return { ...t, images: items.length, imageTokens, promptTokens, outputTokens, costMicros: micros, batchCostMicros: micros === null ? null : Math.round(micros / 2), supported };
    });
  };

  const handlers = {
    'vision.recipes': () => repo.recipes(),
    'vision.saveRecipe': (input) => {
      const existing = input.id ? repo.recipe(input.id) : null;
      // Built-ins stay as shipped: saving one makes the user's own copy.
      const id = existing && !existing.builtin ? existing.id : crypto.randomUUID();
      const name = existing?.builtin && existing.name === input.name ? `${input.name} (copy)` : input.name;
      repo.saveRecipe({ ...input, id, name, builtin: false });
      changed();
      return repo.recipe(id)!;
    },
    'vision.removeRecipe': ({ id }) => {
      if (!repo.removeRecipe(id)) throw new AppFailure('invalid_input', 'Built-in recipes cannot be removed.');
      changed();
      return { removed: true as const };
    },
    'vision.batches': () => repo.batches().map(view),
    'vision.createBatch': async ({ name, uploads, paths, recipeId }) => {
      const id = crypto.randomUUID();
      const recipe = recipeId ? mustRecipe(recipeId) : BUILTIN_RECIPES[0]!;
      // Named after the picked folder: an upload's top folder ("Receipts/week 1/a.jpg" → Receipts), or a path's own name.
      const first = uploads[0] ? splitUploadName(uploads[0].name).folder.split('/')[0] || uploads[0].name : path.basename(paths[0] ?? 'Images');
      repo.insertBatch(id, name ?? `${first} — ${localStamp(new Date())}`, recipe);
      await addFiles(id, uploads, paths);
      changed();
      return detail(id);
    },
    'vision.addToBatch': async ({ batchId, uploads, paths }) => {
      const b = mustBatch(batchId);
      if (b.state !== 'draft') throw new AppFailure('conflict', 'Images can only be added before the batch starts.');
      await addFiles(batchId, uploads, paths);
      changed();
      return detail(batchId);
    },
    'vision.get': ({ id }) => detail(id),
    'vision.estimateAccuracy': ({ from, to }) => repo.accuracy(from, to),
    'vision.estimate': ({ batchId, recipeId, targets }) => estimateRows(batchId, mustRecipe(recipeId), targets),
    'vision.preview': async ({ itemId, model, detail: d, crop }) => {
      const item = mustItem(itemId);
      const cropped = crop === undefined ? item.crop : crop;
      const p = await prepareImage(item.sourcePath, item.name, { model, detail: d, crop: cropped, overrides: deps.stack.settings.config().priceOverrides });
      // The grid shows the whole image: the prepared one serves (no second decode of the original) unless it is a crop.
      // Made after the preview is answered: the person waits for the prepared image only.
      if (!item.thumbHash) void thumbnailOf(deps.media, repo, item, cropped ? undefined : p.data).then(changed, () => null);
      return {
        original: { width: p.original.width, height: p.original.height, bytes: p.original.bytes, format: p.original.format, hadGps: p.original.hadGps, hadExif: p.original.hadExif },
        sent: { width: p.width, height: p.height, bytes: p.data.length, mime: p.mime },
        tokens: p.tokens,
        dataUrl: `data:${p.mime};base64,${p.data.toString('base64')}`,
        notes: p.notes,
      };
    },
    'vision.setCrop': ({ itemId, crop }) => {
      const item = mustItem(itemId);
      if (crop && item.width && item.height && (crop.left >= item.width || crop.top >= item.height)) throw new AppFailure('invalid_input', 'The crop lies outside the image.');
      repo.setCrop(itemId, crop);
      changed();
      return toItemView(repo.item(itemId)!);
    },
    'vision.start': ({ batchId, recipeId, model, detail: d, mode, budgetMicros, perImageMicros }) => {
      const b = mustBatch(batchId);
      const recipe = mustRecipe(recipeId);
      const t = target(model);
      const chosen = d ?? recipe.detail;
      sendableDetail(chosen);
      if (b.jobId) {
        const job = jobs.get(b.jobId);
        if (job && ['queued', 'running', 'waiting', 'paused'].includes(job.state)) throw new AppFailure('conflict', 'This batch is already queued; pause or cancel it first.');
      }
      repo.requeueUnfinished(batchId);
      const overrides = deps.stack.settings.config().priceOverrides;
      const next: BatchRow = { ...b, recipe, providerId: t.providerId, model: t.model, detail: chosen, mode, budgetMicros: budgetMicros ?? null, perImageMicros: perImageMicros ?? null, state: 'queued', error: null, finishedAt: null, remote: mode === 'batch_api' ? null : b.remote };
      const estimate = repo.items(batchId).filter((i) => i.state === 'pending').reduce<number | null>((sum, i) => {
        const e = expectedItemMicros(next, i, overrides);
        return sum === null || e === null ? null : sum + e;
      }, 0);
      // Saved before the job is added: the queue may start it at once.
      repo.updateBatch({ ...next, estimateMicros: estimate === null ? null : mode === 'batch_api' ? Math.round(estimate / 2) : estimate });
      const jobId = queue.add({ batchId });
      repo.updateBatch({ ...repo.batch(batchId)!, jobId });
      changed();
      return view(repo.batch(batchId)!);
    },
    'vision.pause': ({ batchId }) => {
      const b = mustBatch(batchId);
      if (b.jobId) queue.pause(b.jobId);
      changed();
      return view(repo.batch(batchId)!);
    },
    'vision.resume': ({ batchId }) => {
      const b = mustBatch(batchId);
      if (b.jobId) queue.resume(b.jobId);
      changed();
      return view(repo.batch(batchId)!);
    },
    'vision.cancel': ({ batchId }) => {
      const b = mustBatch(batchId);
      if (b.jobId) queue.cancel(b.jobId);
      if (b.mode === 'batch_api') void remote.cancel(b).catch(() => null);
      changed();
      return view(repo.batch(batchId)!);
    },
    'vision.removeBatch': ({ batchId }) => {
      const b = mustBatch(batchId);
      if (b.jobId) queue.cancel(b.jobId);
      repo.removeBatch(batchId);
      fs.rmSync(path.join(storeDir, batchId), { recursive: true, force: true });
      changed();
      return { removed: true as const };
    },
    'vision.correct': ({ itemId, field, value }) => {
      const item = mustItem(itemId);
      const columns = recipeColumns(mustBatch(item.batchId).recipe);
      if (!columns.includes(field)) throw new AppFailure('invalid_input', `"${field}" is not a column of this batch.`, { field: 'field' });
      const corrections = { ...item.corrections };
      if (value === null) delete corrections[field];
      else corrections[field] = value;
      repo.setCorrections(itemId, corrections);
      changed();
      return toItemView(repo.item(itemId)!);
    },
    'vision.rerun': async ({ itemId, model, recipeId, detail: d }) => {
      const item = mustItem(itemId);
      if (item.format === null) throw new AppFailure('unsupported_format', item.error?.message ?? 'This file could not be read as an image.');
      const b = mustBatch(item.batchId);
      const recipe = recipeId ? mustRecipe(recipeId) : b.recipe;
      const t = target(model ?? (b.providerId && b.model ? { providerId: b.providerId, model: b.model } : undefined));
      const a = await analyzeImage(deps.stack, item, recipe, { ...t, detail: d ?? b.detail ?? recipe.detail });
      repo.itemDone(itemId, { ...a, sentWidth: a.sent.width, sentHeight: a.sent.height, sentBytes: a.sent.bytes });
      changed();
      return toItemView(repo.item(itemId)!);
    },
    'vision.compare': async ({ batchId, recipeId, models, sample, detail: d }) => {
      const recipe = mustRecipe(recipeId);
      const items = repo.items(batchId).filter((i) => i.format !== null).slice(0, sample);
      if (items.length === 0) throw new AppFailure('invalid_input', 'The batch has no readable image to compare on.');
      const cells = await Promise.all(
        models.flatMap((m) =>
          items.map(async (item) => {
            const base = { itemId: item.id, name: item.name, model: m.model };
            try {
              const a = await analyzeImage(deps.stack, item, recipe, { ...target(m), detail: d ?? recipe.detail });
              return { ...base, result: a.result, error: null, inputTokens: a.inputTokens, outputTokens: a.outputTokens, costMicros: a.costMicros, latencyMs: a.latencyMs, cached: a.cached };
            } catch (error) {
              const e = error instanceof AppFailure ? error.toAppError() : makeError('internal');
              return { ...base, result: null, error: e, inputTokens: 0, outputTokens: 0, costMicros: 0, latencyMs: 0, cached: false };
            }
          }),
        ),
      );
      return cells;
    },
    'vision.export': ({ batchId, format }) => {
      const b = mustBatch(batchId);
      const columns = recipeColumns(b.recipe);
      const rows: ExportRow[] = repo.items(batchId).map((i) => ({
        name: i.name,
        folder: i.folder,
        state: i.state === 'failed' ? `failed: ${i.error?.message ?? ''}` : i.state,
        model: i.model,
        costMicros: i.costMicros,
        values: effectiveValues(i),
        corrected: Object.keys(i.corrections),
      }));
      const base = b.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 80) || 'analysis';
      if (format === 'csv') return { filename: `${base}.csv`, mime: 'text/csv', content: toCsv(columns, rows), encoding: 'utf8' as const };
      if (format === 'json') return { filename: `${base}.json`, mime: 'application/json', content: toJson(columns, rows), encoding: 'utf8' as const };
      return { filename: `${base}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: toXlsx(columns, rows).toString('base64'), encoding: 'base64' as const };
    },
    'vision.summarize': async ({ batchId, question, model }) => {
      const b = mustBatch(batchId);
      const columns = recipeColumns(b.recipe);
      const rows = repo
        .items(batchId)
        .filter((i) => i.state === 'done')
        .map((i) => {
          const v = effectiveValues(i);
          return `${i.folder ? `${i.folder}/` : ''}${i.name} | ${columns.map((c) => `${c}: ${typeof v[c] === 'string' ? v[c] : JSON.stringify(v[c] ?? null)}`).join(' | ')}`;
        });
      const t = model ?? deps.settings.get().defaults.text ?? target(undefined);
      if (!providerExists(t.providerId)) throw new AppFailure('no_provider', 'No chat model is set up for summaries. Pick one in Settings → Default models.', { reason: 'no_model', purpose: 'summaries' });
      const s = await summarizeRows(deps.stack, t, question, rows);
      repo.updateBatch({ ...repo.batch(batchId)!, summary: { question, content: s.content, model: t.model, costMicros: s.costMicros } });
      changed();
      return view(repo.batch(batchId)!);
    },
    'vision.openInChat': async ({ itemId }) => {
      const item = mustItem(itemId);
      const b = mustBatch(item.batchId);
      const data = fs.readFileSync(item.sourcePath);
      const attachment = await addAttachment(deps.media, { name: item.name, mime: 'image/jpeg', data, detail: 'auto' });
      const conversationId = deps.createConversation(item.name.slice(0, 120));
      const values = effectiveValues(item);
      const lines = recipeColumns(b.recipe).map((c) => `- ${c}: ${typeof values[c] === 'string' ? values[c] : JSON.stringify(values[c] ?? null)}`);
      const draft = `About this image (${b.recipe.name}${item.model ? `, ${item.model}` : ''}):\n${lines.join('\n')}\n\n`;
      return { conversationId, attachment, draft };
    },
  } satisfies PartialHandlers;

  return {
    handlers,
    pendingWork: () => jobs.unfinished(queue.name),
    start: () => queue.start(),
    stop() {
      if (pending) clearTimeout(pending);
      queue.stop();
    },
  };
}
