import type {
  AuditEntry, Board, BrandProfile, BrandRules, CheckResult, CheckState, GenerationState, GenerationView, OutputCard, ReviewState, StudioBatchRemote,
  StudioBatchState, StudioParams, StudioTemplate,
} from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import crypto from 'node:crypto';
import { mediaPath } from '../../../../shared/media';
import type { Db } from '../connection';

interface GenRaw {
  id: string; job_id: string | null; kind: 'generate' | 'edit'; provider_id: string; model: string; prompt: string; params: string; inputs: string;
  mask_hash: string | null; edited_from: string | null; variation_of: string | null; template_id: string | null; template_version: number | null;
  template_values: string | null; brand_id: string | null; board_id: string | null; state: GenerationState; estimate_micros: number | null;
  cost_micros: number; request_id: string | null; error: string | null; created_at: string; updated_at: string; outputs?: number; batch_id: string | null;
}

interface BatchRaw {
  id: string; provider_id: string; state: StudioBatchState; job_id: string | null; remote: string | null; cost_micros: number; error: string | null;
  created_at: string; updated_at: string; submitted_at: string | null; finished_at: string | null; generations: number; estimate_micros: number | null;
}

export interface BatchRow {
  id: string;
  providerId: string;
  state: StudioBatchState;
  jobId: string | null;
  remote: StudioBatchRemote | null;
  costMicros: number;
  error: AppError | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  finishedAt: string | null;
  generations: number;
  estimateMicros: number | null;
}

const toBatch = (r: BatchRaw): BatchRow => ({
  id: r.id,
  providerId: r.provider_id,
  state: r.state,
  jobId: r.job_id,
  remote: r.remote ? (JSON.parse(r.remote) as StudioBatchRemote) : null,
  costMicros: r.cost_micros,
  error: r.error ? (JSON.parse(r.error) as AppError) : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  submittedAt: r.submitted_at,
  finishedAt: r.finished_at,
  generations: r.generations,
  estimateMicros: r.estimate_micros,
});

const BATCH_SELECT = `SELECT b.*, (SELECT COUNT(*) FROM studio_generations g WHERE g.batch_id = b.id AND g.state != 'cancelled') AS generations,
  (SELECT SUM(g.estimate_micros) FROM studio_generations g WHERE g.batch_id = b.id AND g.state != 'cancelled') AS estimate_micros FROM studio_batches b`;

interface OutRaw {
  id: string; seq: number; generation_id: string; idx: number; hash: string; preview_hash: string; thumb_hash: string; mime: string; width: number;
  height: number; bytes: number; cost_micros: number; state: ReviewState; starred: number; notes: string; check_state: CheckState;
  check_result: string | null; board_id: string | null; created_at: string; updated_at: string;
  model: string; prompt: string; template_id: string | null; edited_from: string | null; variation_of: string | null;
}

export interface NewGeneration {
  id: string;
  kind: 'generate' | 'edit';
  providerId: string;
  model: string;
  prompt: string;
  params: StudioParams;
  inputs: string[];
  maskHash: string | null;
  editedFrom: string | null;
  variationOf: string | null;
  template: GenerationView['template'];
  brandId: string | null;
  boardId: string | null;
  estimateMicros: number | null;
  batchId?: string | null;
}

export interface NewOutput {
  id: string;
  generationId: string;
  idx: number;
  hash: string;
  previewHash: string;
  thumbHash: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  costMicros: number;
  boardId: string | null;
}

export interface OutputRow extends OutputCard {
  variationOf: string | null;
  hash: string;
  previewHash: string;
  thumbHash: string;
  mime: string;
  bytes: number;
  notes: string;
  check: CheckResult | null;
  seq: number;
}

export interface GalleryQuery {
  state?: ReviewState;
  model?: string;
  templateId?: string;
  boardId?: string;
  from?: string;
  to?: string;
  fts?: string;
  starred?: boolean;
  limit?: number;
  offset?: number;
}

const img = (hash: string) => mediaPath('attachment', hash);

const toGen = (r: GenRaw): GenerationView & { boardId: string | null; requestId: string | null } => ({
  id: r.id,
  jobId: r.job_id,
  kind: r.kind,
  providerId: r.provider_id,
  model: r.model,
  prompt: r.prompt,
  params: JSON.parse(r.params) as StudioParams,
  inputs: JSON.parse(r.inputs) as string[],
  maskHash: r.mask_hash,
  editedFrom: r.edited_from,
  variationOf: r.variation_of,
  template: r.template_id && r.template_version ? { id: r.template_id, version: r.template_version, values: JSON.parse(r.template_values ?? '{}') as Record<string, string> } : null,
  brandId: r.brand_id,
  batchId: r.batch_id ?? null,
  boardId: r.board_id,
  state: r.state,
  estimateMicros: r.estimate_micros,
  costMicros: r.cost_micros,
  requestId: r.request_id,
  error: r.error ? (JSON.parse(r.error) as AppError) : null,
  outputs: r.outputs ?? 0,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toOut = (r: OutRaw): OutputRow => ({
  id: r.id,
  seq: r.seq,
  generationId: r.generation_id,
  thumb: img(r.thumb_hash),
  preview: img(r.preview_hash),
  width: r.width,
  height: r.height,
  model: r.model,
  prompt: r.prompt,
  state: r.state,
  starred: r.starred === 1,
  checkState: r.check_state,
  templateId: r.template_id,
  boardId: r.board_id,
  editedFrom: r.edited_from,
  variationOf: r.variation_of,
  costMicros: r.cost_micros,
  createdAt: r.created_at,
  hash: r.hash,
  previewHash: r.preview_hash,
  thumbHash: r.thumb_hash,
  mime: r.mime,
  bytes: r.bytes,
  notes: r.notes,
  check: r.check_result ? (JSON.parse(r.check_result) as CheckResult) : null,
});

const OUT_SELECT = `SELECT o.*, g.model, g.prompt, g.template_id, g.edited_from, g.variation_of FROM studio_outputs o JOIN studio_generations g ON g.id = o.generation_id`;

/** Generations, outputs, the audit trail, templates, brands and boards of the image studio. */
export function createStudioRepo(db: Db) {
  const now = () => new Date().toISOString();
  const getGen = db.prepare<[string], GenRaw>('SELECT g.*, (SELECT COUNT(*) FROM studio_outputs o WHERE o.generation_id = g.id) AS outputs FROM studio_generations g WHERE g.id = ?');
  const listGen = db.prepare<[number], GenRaw>(
    'SELECT g.*, (SELECT COUNT(*) FROM studio_outputs o WHERE o.generation_id = g.id) AS outputs FROM studio_generations g ORDER BY g.created_at DESC LIMIT ?',
  );
  const getOut = db.prepare<[string], OutRaw>(`${OUT_SELECT} WHERE o.id = ?`);
  const ftsInsert = db.prepare('INSERT INTO studio_fts (rowid, prompt, notes) VALUES (?, ?, ?)');
  const ftsDelete = db.prepare('DELETE FROM studio_fts WHERE rowid = ?');
  const audit = db.prepare('INSERT INTO studio_audit (output_id, at, actor, action, from_state, to_state, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');

  const repo = {
    insertGeneration(g: NewGeneration): void {
      const t = now();
      db.prepare(
        `INSERT INTO studio_generations (id, kind, provider_id, model, prompt, params, inputs, mask_hash, edited_from, variation_of, template_id, template_version,
          template_values, brand_id, board_id, estimate_micros, batch_id, created_at, updated_at)
         VALUES (@id, @kind, @providerId, @model, @prompt, @params, @inputs, @maskHash, @editedFrom, @variationOf, @templateId, @templateVersion, @templateValues,
          @brandId, @boardId, @estimateMicros, @batchId, @t, @t)`,
      ).run({
        ...g,
        batchId: g.batchId ?? null,
        params: JSON.stringify(g.params),
        inputs: JSON.stringify(g.inputs),
        templateId: g.template?.id ?? null,
        templateVersion: g.template?.version ?? null,
        templateValues: g.template ? JSON.stringify(g.template.values) : null,
        t,
      });
    },
    generation: (id: string) => {
      const r = getGen.get(id);
      return r ? toGen(r) : undefined;
    },
    generations: (limit: number) => listGen.all(limit).map(toGen),
    generationsInState: (state: GenerationState) => db.prepare<[string], GenRaw>('SELECT * FROM studio_generations WHERE state = ?').all(state).map(toGen),
    setJob: (id: string, jobId: string) => void db.prepare('UPDATE studio_generations SET job_id = ?, updated_at = ? WHERE id = ?').run(jobId, now(), id),
    /** Moves a generation into another batch (a retried one joins the open draft). */
    setBatch: (id: string, batchId: string) => void db.prepare('UPDATE studio_generations SET batch_id = ?, updated_at = ? WHERE id = ?').run(batchId, now(), id),
    setState(id: string, state: GenerationState, extra: { error?: AppError | null; requestId?: string | null } = {}): void {
      db.prepare('UPDATE studio_generations SET state = ?, error = ?, request_id = COALESCE(?, request_id), updated_at = ? WHERE id = ?').run(
        state,
        extra.error ? JSON.stringify(extra.error) : null,
        extra.requestId ?? null,
        now(),
        id,
      );
    },
    /** Stores a finished generation's outputs and cost in one transaction. */
    finishGeneration: db.transaction((id: string, requestId: string, costMicros: number, outputs: NewOutput[], prompt: string) => {
      const t = now();
      const seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM studio_outputs').get() as { s: number }).s;
      const insert = db.prepare(
        `INSERT INTO studio_outputs (id, seq, generation_id, idx, hash, preview_hash, thumb_hash, mime, width, height, bytes, cost_micros, board_id, created_at, updated_at)
         VALUES (@id, @seq, @generationId, @idx, @hash, @previewHash, @thumbHash, @mime, @width, @height, @bytes, @costMicros, @boardId, @t, @t)`,
      );
      outputs.forEach((o, i) => {
        insert.run({ ...o, seq: seq + i + 1, t });
        ftsInsert.run(seq + i + 1, prompt, '');
        audit.run(o.id, t, 'Atelier', 'created', null, 'review', null, JSON.stringify({ generationId: id }));
      });
      db.prepare("UPDATE studio_generations SET state = 'done', cost_micros = ?, request_id = ?, error = NULL, updated_at = ? WHERE id = ?").run(costMicros, requestId, t, id);
    }),
    output: (id: string) => {
      const r = getOut.get(id);
      return r ? toOut(r) : undefined;
    },
    outputsOf: (generationId: string) => db.prepare<[string], OutRaw>(`${OUT_SELECT} WHERE o.generation_id = ? ORDER BY o.idx`).all(generationId).map(toOut),
    childrenOf: (outputId: string) =>
      db.prepare<[string, string], OutRaw>(`${OUT_SELECT} WHERE g.edited_from = ? OR g.variation_of = ? ORDER BY o.seq`).all(outputId, outputId).map(toOut),
    gallery(q: GalleryQuery): OutputRow[] {
      const where: string[] = [];
      const args: Record<string, unknown> = {};
      const add = (clause: string, key?: keyof GalleryQuery) => {
        where.push(clause);
        if (key) args[key] = q[key];
      };
      if (q.state) add('o.state = @state', 'state');
      if (q.model) add('g.model = @model', 'model');
      if (q.templateId) add('g.template_id = @templateId', 'templateId');
      if (q.boardId) add('o.board_id = @boardId', 'boardId');
      if (q.from) add('o.created_at >= @from', 'from');
      if (q.to) add('o.created_at < @to', 'to');
      if (q.starred) add('o.starred = 1');
      if (q.fts) add('o.seq IN (SELECT rowid FROM studio_fts WHERE studio_fts MATCH @fts)', 'fts');
      const page = q.limit !== undefined ? ` LIMIT ${Math.floor(q.limit)} OFFSET ${Math.floor(q.offset ?? 0)}` : q.offset ? ` LIMIT -1 OFFSET ${Math.floor(q.offset)}` : '';
      const sql = `${OUT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY o.seq DESC${page}`;
      return db.prepare<Record<string, unknown>, OutRaw>(sql).all(args).map(toOut);
    },
    /** Changes review fields and appends the audit row in one transaction. */
    review: db.transaction(
      (id: string, change: { state?: ReviewState; starred?: boolean; notes?: string }, entry: { actor: string; action: string; reason: string | null; details?: unknown }) => {
        const before = getOut.get(id);
        if (!before) return;
        const state = change.state ?? before.state;
        const notes = change.notes ?? before.notes;
        db.prepare('UPDATE studio_outputs SET state = ?, starred = ?, notes = ?, updated_at = ? WHERE id = ?').run(
          state,
          (change.starred ?? before.starred === 1) ? 1 : 0,
          notes,
          now(),
          id,
        );
        if (change.notes !== undefined) {
          ftsDelete.run(before.seq);
          ftsInsert.run(before.seq, before.prompt, notes);
        }
        audit.run(id, now(), entry.actor, entry.action, before.state, state, entry.reason, entry.details === undefined ? null : JSON.stringify(entry.details));
      },
    ),
    setCheck(id: string, state: CheckState, result: CheckResult | null, actor: string): void {
      db.transaction(() => {
        db.prepare('UPDATE studio_outputs SET check_state = ?, check_result = ?, updated_at = ? WHERE id = ?').run(state, result ? JSON.stringify(result) : null, now(), id);
        const o = getOut.get(id);
        audit.run(id, now(), actor, `check_${state}`, o?.state ?? null, o?.state ?? null, null, result ? JSON.stringify({ failed: result.items.filter((i) => !i.passed).map((i) => i.rule), flagged: result.flagged }) : null);
      })();
    },
    appendAudit: (id: string, actor: string, action: string, reason: string | null, details?: unknown) => {
      const o = getOut.get(id);
      audit.run(id, now(), actor, action, o?.state ?? null, o?.state ?? null, reason, details === undefined ? null : JSON.stringify(details));
    },
    audit: (id: string): AuditEntry[] =>
      db
        .prepare<[string], { id: number; at: string; actor: string; action: string; from_state: string | null; to_state: string | null; reason: string | null }>(
          'SELECT id, at, actor, action, from_state, to_state, reason FROM studio_audit WHERE output_id = ? ORDER BY id',
        )
        .all(id)
        .map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, fromState: r.from_state, toState: r.to_state, reason: r.reason })),
    /** Rejected outputs last changed before `before` (ISO). */
    purgeable: (before: string) =>
      db.prepare<[string], OutRaw>(`${OUT_SELECT} WHERE o.state = 'rejected' AND o.updated_at < ?`).all(before).map(toOut),
    deleteOutputs: db.transaction((rows: OutputRow[], actor: string) => {
      for (const o of rows) {
        audit.run(o.id, now(), actor, 'purged', o.state, null, null, JSON.stringify({ hash: o.hash }));
        ftsDelete.run(o.seq);
        db.prepare('DELETE FROM studio_outputs WHERE id = ?').run(o.id);
      }
    }),
    /** Whether any output still uses a stored file (in any tier). */
    hashInUse: (hash: string) =>
      Boolean(db.prepare('SELECT 1 FROM studio_outputs WHERE hash = ? OR preview_hash = ? OR thumb_hash = ? LIMIT 1').get(hash, hash, hash)),
    storage: () =>
      db
        .prepare<[], { originals: number; previews: number; thumbs: number; files: number }>(
          `SELECT
             COALESCE((SELECT SUM(m.bytes) FROM media m WHERE m.hash IN (SELECT hash FROM studio_outputs)), 0) AS originals,
             COALESCE((SELECT SUM(m.bytes) FROM media m WHERE m.hash IN (SELECT preview_hash FROM studio_outputs)), 0) AS previews,
             COALESCE((SELECT SUM(m.bytes) FROM media m WHERE m.hash IN (SELECT thumb_hash FROM studio_outputs)), 0) AS thumbs,
             (SELECT COUNT(*) FROM studio_outputs) AS files`,
        )
        .get()!,
    assignBoard: (ids: string[], boardId: string | null) =>
      db.transaction(() => ids.reduce((n, id) => n + db.prepare('UPDATE studio_outputs SET board_id = ?, updated_at = ? WHERE id = ?').run(boardId, now(), id).changes, 0))(),

    templates(): StudioTemplate[] {
      const rows = db.prepare<[], { id: string; name: string; group_name: string }>('SELECT id, name, group_name FROM studio_templates ORDER BY group_name, name').all();
      const versions = db
        .prepare<[], { template_id: string; version: number; body: string; defaults: string; created_at: string }>('SELECT * FROM studio_template_versions ORDER BY version')
        .all();
      return rows.map((t) => ({
        id: t.id,
        name: t.name,
        group: t.group_name,
        versions: versions
          .filter((v) => v.template_id === t.id)
          .map((v) => ({ version: v.version, body: v.body, defaults: JSON.parse(v.defaults) as Record<string, string>, createdAt: v.created_at })),
      }));
    },
    template: (id: string) => repo.templates().find((t) => t.id === id),
    saveTemplate: db.transaction((t: { id: string; name: string; group: string; body: string; defaults: Record<string, string> }) => {
      const at = now();
      db.prepare(
        'INSERT INTO studio_templates (id, name, group_name, created_at, updated_at) VALUES (@id, @name, @group, @at, @at) ON CONFLICT (id) DO UPDATE SET name = @name, group_name = @group, updated_at = @at',
      ).run({ ...t, at });
      const last = db.prepare<[string], { v: number | null; body: string | null; defaults: string | null }>(
        'SELECT MAX(version) AS v, body, defaults FROM studio_template_versions WHERE template_id = ?',
      ).get(t.id);
      const defaults = JSON.stringify(t.defaults);
      if (last?.v && last.body === t.body && last.defaults === defaults) return; // nothing new: no empty version
      db.prepare('INSERT INTO studio_template_versions (template_id, version, body, defaults, created_at) VALUES (?, ?, ?, ?, ?)').run(t.id, (last?.v ?? 0) + 1, t.body, defaults, at);
    }),
    removeTemplate: (id: string) => db.prepare('DELETE FROM studio_templates WHERE id = ?').run(id).changes > 0,

    brands: (): BrandProfile[] =>
      db
        .prepare<[], { id: string; name: string; rules: string }>('SELECT id, name, rules FROM studio_brands ORDER BY name')
        .all()
        .map((b) => ({ id: b.id, name: b.name, rules: JSON.parse(b.rules) as BrandRules })),
    saveBrand: (b: BrandProfile) => {
      const at = now();
      db.prepare(
        'INSERT INTO studio_brands (id, name, rules, created_at, updated_at) VALUES (@id, @name, @rules, @at, @at) ON CONFLICT (id) DO UPDATE SET name = @name, rules = @rules, updated_at = @at',
      ).run({ id: b.id, name: b.name, rules: JSON.stringify(b.rules), at });
    },
    /** Deletes a brand; says how many templates share its name as their group (they stay) and how many generations were made for it. */
    removeBrand: db.transaction((id: string) => {
      const brand = db.prepare<[string], { name: string }>('SELECT name FROM studio_brands WHERE id = ?').get(id);
      if (!brand) return null;
      const count = (sql: string, arg: string) => (db.prepare<[string], { n: number }>(sql).get(arg)?.n ?? 0);
      const use = { templates: count('SELECT COUNT(*) AS n FROM studio_templates WHERE group_name = ?', brand.name), generations: count('SELECT COUNT(*) AS n FROM studio_generations WHERE brand_id = ?', id) };
      db.prepare('DELETE FROM studio_brands WHERE id = ?').run(id);
      return use;
    }),

    boards: (): Board[] =>
      db
        .prepare<[], Board>('SELECT b.id, b.name, (SELECT COUNT(*) FROM studio_outputs o WHERE o.board_id = b.id) AS count FROM studio_boards b ORDER BY b.name')
        .all(),
    /** The draft batch collecting a provider's generations, made on first use. */
    draftBatch(providerId: string): BatchRow {
      const found = db.prepare<[string], BatchRaw>(`${BATCH_SELECT} WHERE b.provider_id = ? AND b.state = 'draft' ORDER BY b.created_at LIMIT 1`).get(providerId);
      if (found) return toBatch(found);
      const id = crypto.randomUUID();
      const t = now();
      db.prepare("INSERT INTO studio_batches (id, provider_id, state, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?)").run(id, providerId, t, t);
      return repo.batch(id)!;
    },
    batch: (id: string) => {
      const r = db.prepare<[string], BatchRaw>(`${BATCH_SELECT} WHERE b.id = ?`).get(id);
      return r ? toBatch(r) : undefined;
    },
    batches: (limit = 50) => db.prepare<[number], BatchRaw>(`${BATCH_SELECT} ORDER BY b.created_at DESC LIMIT ?`).all(limit).map(toBatch),
    batchesInState: (state: StudioBatchState) => db.prepare<[string], BatchRaw>(`${BATCH_SELECT} WHERE b.state = ?`).all(state).map(toBatch),
    updateBatch(id: string, patch: Partial<Pick<BatchRow, 'state' | 'jobId' | 'remote' | 'costMicros' | 'error' | 'submittedAt' | 'finishedAt'>>): void {
      const b = repo.batch(id);
      if (!b) return;
      const n = { ...b, ...patch };
      db.prepare('UPDATE studio_batches SET state = ?, job_id = ?, remote = ?, cost_micros = ?, error = ?, submitted_at = ?, finished_at = ?, updated_at = ? WHERE id = ?').run(
        n.state, n.jobId, n.remote ? JSON.stringify(n.remote) : null, n.costMicros, n.error ? JSON.stringify(n.error) : null, n.submittedAt, n.finishedAt, now(), id,
      );
    },
    generationsOfBatch: (batchId: string) => db.prepare<[string], GenRaw>('SELECT * FROM studio_generations WHERE batch_id = ? ORDER BY created_at').all(batchId).map(toGen),
    createBoard: (id: string, name: string) => void db.prepare('INSERT INTO studio_boards (id, name, created_at) VALUES (?, ?, ?)').run(id, name, now()),
  };
  return repo;
}
export type StudioRepo = ReturnType<typeof createStudioRepo>;
