import crypto from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type OpenAI from 'openai';
import type { StudioBatchView, StudioTemplate } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import { createJobsRepo } from '../../db/repos/jobs';
import type { SettingsRepo } from '../../db/repos/settings';
import { createStudioRepo } from '../../db/repos/studio';
import { onQueueProgress, queueBase } from '../../jobs/feature-wiring';
import { toFtsQuery } from '../../db/fts';
import type { Logger } from '../../log';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { PartialHandlers } from '../../rpc/dispatcher';
import type { EventBus } from '../../rpc/events';
import { exportApproved } from './export';
import { StudioBatchQueue } from './batch';
import { StudioQueue } from './queue';
import { createStudioService } from './service';

const CONCURRENCY = 4;
const DAY_MS = 86_400_000;

const templateFile = z.object({
  kind: z.literal('atelier.studio.templates'),
  templates: z.array(
    z.object({
      name: z.string().trim().min(1).max(120),
      group: z.string().max(120).default(''),
      versions: z.array(z.object({ body: z.string().min(1).max(32_000), defaults: z.record(z.string(), z.string()).default({}) })).min(1),
    }),
  ),
});

/** The image studio: generations on the persisted queue, review and approval, exports, templates, brands, boards. */
export function createStudioFeature(deps: {
  db: Db;
  dataDir: string;
  stack: PipelineStack;
  settingsRepo: SettingsRepo;
  media: MediaStore;
  events: EventBus;
  log: Logger;
  providerExists: (id: string) => boolean;
  client: (providerId: string) => Promise<OpenAI>;
  /** The desktop shell's folder picker (absent in browser mode). */
  pickFolder?: (defaultPath: string) => Promise<string | null>;
}) {
  const repo = createStudioRepo(deps.db);
  const jobs = createJobsRepo(deps.db);
  const changed = () => deps.events.emit('data.changed', { topic: 'studio' });
  const checkLater = (ids: string[]) => {
    for (const id of ids) void service.check(id).catch((e: unknown) => deps.log.warn('studio.check_failed', { output: id, code: e instanceof AppFailure ? e.code : 'internal' }));
  };
  const base = queueBase(repo, jobs, deps);
  const queue = new StudioQueue({ ...base, concurrency: CONCURRENCY, onOutputs: (ids) => checkLater(ids) });
  const batches = new StudioBatchQueue({
    ...base,
    client: deps.client,
    workDir: path.join(deps.dataDir, 'studio-batches'),
    onOutputs: (ids) => checkLater(ids),
  });
  const batchView = ({ updatedAt: _u, ...b }: NonNullable<ReturnType<typeof repo.batch>>): StudioBatchView => b;
  const mustBatch = (id: string) => {
    const b = repo.batch(id);
    if (!b) throw new AppFailure('not_found', 'That batch no longer exists.');
    return b;
  };
  const service = createStudioService({ repo, settingsRepo: deps.settingsRepo, media: deps.media, stack: deps.stack, events: deps.events, providerExists: deps.providerExists, queue: () => queue, jobs });
  onQueueProgress(deps.events, [queue.name, batches.name], changed);

  /** The folder asked for, else the one set in Settings, else the data folder's exports/<date>. */
  const exportDir = (dir?: string) => {
    const chosen = dir || service.settings().exportDir;
    if (chosen && !path.isAbsolute(chosen)) throw new AppFailure('invalid_input', `The export folder must be a full path (such as /home/you/Exports), not "${chosen}".`, { field: 'dir' });
    return chosen ? path.resolve(chosen) : path.join(deps.dataDir, 'exports', new Date().toISOString().slice(0, 10));
  };

  const saveTemplate = (t: { id?: string; name: string; group: string; body: string; defaults: Record<string, string> }): StudioTemplate => {
    const id = t.id ?? crypto.randomUUID();
    if (t.id && !repo.template(t.id)) throw new AppFailure('not_found', 'That template no longer exists.');
    repo.saveTemplate({ id, name: t.name, group: t.group, body: t.body, defaults: t.defaults });
    changed();
    return repo.template(id)!;
  };

  const handlers = {
    'studio.estimate': (input) => service.estimate(input),
    'studio.generate': (input) => service.generate(input),
    'studio.addImage': ({ name, dataBase64 }) => service.addImage(name, dataBase64),
    'studio.generations': ({ limit }) => repo.generations(limit),
    'studio.cancel': ({ id }) => service.cancel(id),
    'studio.retry': ({ id }) => service.retry(id),
    'studio.gallery': ({ query, to, ...filter }) => {
      const fts = query ? toFtsQuery(query) : null;
      if (query && !fts) return [];
      const end = to ? new Date(Date.parse(`${to}T00:00:00`) + DAY_MS).toISOString() : undefined;
      const from = filter.from ? new Date(`${filter.from}T00:00:00`).toISOString() : undefined;
      return repo.gallery({ ...filter, from, to: end, fts: fts ?? undefined }).map(({ hash: _h, previewHash: _p, thumbHash: _t, mime: _m, bytes: _b, notes: _n, check: _c, seq: _s, variationOf: _v, ...card }) => card);
    },
    'studio.output': ({ id }) => service.detail(id),
    'studio.review': (input) => service.review(input),
    'studio.check': ({ id, brandId }) => service.check(id, brandId),
    'studio.export': async ({ id, upscale, dir }) =>
      exportApproved(service.detail(id), deps.media, exportDir(dir), upscale).then((r) => {
        repo.appendAudit(id, service.settings().reviewerName || 'Unnamed reviewer', 'export', null, { dir: r.dir, upscale });
        changed();
        return r;
      }),
    'studio.purge': ({ days, dryRun }) => service.purge(days, dryRun),
    'studio.settings': () => service.settings(),
    'studio.updateSettings': (patch) => service.updateSettings(patch),
    'studio.storage': () => repo.storage(),
    'studio.templates': () => repo.templates(),
    'studio.saveTemplate': (t) => saveTemplate(t),
    'studio.removeTemplate': ({ id }) => {
      if (!repo.removeTemplate(id)) throw new AppFailure('not_found', 'That template no longer exists.');
      changed();
      return { removed: true as const };
    },
    'studio.exportTemplates': () => ({
      filename: `atelier-templates-${new Date().toISOString().slice(0, 10)}.json`,
      json: JSON.stringify({ kind: 'atelier.studio.templates', exportedAt: new Date().toISOString(), templates: repo.templates().map(({ id: _id, ...t }) => ({ ...t, versions: t.versions.map((v) => ({ body: v.body, defaults: v.defaults })) })) }, null, 2),
    }),
    'studio.importTemplates': ({ json }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new AppFailure('invalid_input', 'That file is not JSON.');
      }
      const file = templateFile.safeParse(parsed);
      if (!file.success) throw new AppFailure('invalid_input', 'That file is not an Atelier template export.');
      for (const t of file.data.templates) {
        const id = crypto.randomUUID();
        for (const v of t.versions) repo.saveTemplate({ id, name: t.name, group: t.group, body: v.body, defaults: v.defaults });
      }
      changed();
      return { added: file.data.templates.length };
    },
    'studio.brands': () => repo.brands(),
    'studio.saveBrand': ({ id, name, rules }) => {
      const brand = { id: id ?? crypto.randomUUID(), name, rules };
      try {
        repo.saveBrand(brand);
      } catch (e) {
        if (String(e).includes('UNIQUE')) throw new AppFailure('conflict', `There is already a brand called ${name}.`, { field: 'name' });
        throw e;
      }
      changed();
      return brand;
    },
    'studio.removeBrand': ({ id }) => {
      const use = repo.removeBrand(id);
      if (!use) throw new AppFailure('not_found', 'That brand profile no longer exists.');
      changed();
      return { removed: true as const, ...use };
    },
    'studio.chooseExportFolder': async ({ current }) => {
      if (!deps.pickFolder) throw new AppFailure('invalid_input', 'Browser mode cannot open the system folder picker: type the folder path instead.');
      return { path: await deps.pickFolder(current || service.settings().exportDir || path.join(deps.dataDir, 'exports')) };
    },
    'studio.batches': () => repo.batches().map(batchView),
    'studio.sendBatch': ({ id }) => {
      const b = mustBatch(id);
      if (b.state !== 'draft') throw new AppFailure('conflict', 'This batch was already sent.');
      if (b.generations === 0) throw new AppFailure('invalid_input', 'This batch holds no generation yet: add some with the Batch API option first.');
      repo.updateBatch(id, { state: 'queued', jobId: batches.add({ batchId: id }) });
      changed();
      return batchView(repo.batch(id)!);
    },
    'studio.cancelBatch': async ({ id }) => {
      const b = mustBatch(id);
      if (b.state === 'draft' || (b.state === 'queued' && !b.remote?.batchId)) {
        if (b.jobId) batches.cancel(b.jobId);
        for (const g of repo.generationsOfBatch(id)) if (g.state === 'queued') repo.setState(g.id, 'cancelled');
        repo.updateBatch(id, { state: 'cancelled', finishedAt: new Date().toISOString() });
      } else if (b.state === 'submitted' || b.state === 'queued') await batches.cancelRemote(b);
      else throw new AppFailure('conflict', 'This batch has already finished.');
      changed();
      return batchView(repo.batch(id)!);
    },
    'studio.boards': () => repo.boards(),
    'studio.createBoard': ({ name }) => {
      if (repo.boards().some((b) => b.name.toLowerCase() === name.toLowerCase())) throw new AppFailure('conflict', `There is already a board called ${name}.`, { field: 'name' });
      const id = crypto.randomUUID();
      repo.createBoard(id, name);
      changed();
      return { id, name, count: 0 };
    },
    'studio.assignBoard': ({ ids, boardId }) => {
      const updated = repo.assignBoard(ids, boardId);
      changed();
      return { updated };
    },
  } satisfies PartialHandlers;

  return {
    handlers,
    pendingWork: () => jobs.unfinished(queue.name) + jobs.unfinished(batches.name),
    start: () => {
      queue.start();
      batches.start();
    },
    stop: () => {
      queue.stop();
      batches.stop();
    },
  };
}
