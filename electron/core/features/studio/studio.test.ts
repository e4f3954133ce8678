import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../e2e/simulator/server';
import type { EventPayloads, ExportResult, GenerationView, OutputCard, OutputDetail, StudioEstimate, StudioTemplate } from '../../../../shared/contract';
import { createTempCore, type TempCore } from '../../testing/temp-core';

let sim: Simulator;
let temp: TempCore;
const extra: TempCore[] = [];

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());
afterEach(() => {
  for (const t of extra.splice(0)) t.dispose();
  temp?.dispose();
  sim.control.reset();
});

const today = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const call = <T>(name: string, input: unknown, core: TempCore = temp): Promise<T> => core.call<T>(name, input);
const base = { n: 1, size: '1024x1024', quality: 'low', partialImages: 0 };
const request = (params: Record<string, unknown> = {}, more: Record<string, unknown> = {}) => ({
  providerId: 'env',
  model: 'gpt-image-1.5',
  prompt: 'a ceramic lamp on an oak table',
  params: { ...base, ...params },
  confirmed: true,
  ...more,
});

async function setup(dir?: string, exclusive = true): Promise<TempCore> {
  const core = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-studio-0000' }, dir, exclusive);
  await core.call('providers.refreshModels', { id: 'env' });
  await core.call('studio.updateSettings', { reviewerName: 'Ana Lima' });
  return core;
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const generationDone = (id: string, core: TempCore = temp) =>
  until(() => call<GenerationView[]>('studio.generations', {}, core).then((l) => l.find((g) => g.id === id)!), (g) => ['done', 'failed'].includes(g.state), 'generation');
const checked = (id: string) => until(() => call<OutputDetail>('studio.output', { id }), (d) => d.output.checkState !== 'pending', 'check');

async function generateOne(params: Record<string, unknown> = {}, more: Record<string, unknown> = {}): Promise<OutputDetail> {
  const r = await call<{ status: string; generation: GenerationView }>('studio.generate', request(params, more));
  expect(r.status).toBe('queued');
  const g = await generationDone(r.generation.id);
  expect(g.state).toBe('done');
  const [card] = await call<OutputCard[]>('studio.gallery', {});
  return checked(card!.id);
}

describe('image studio', () => {
  it('generates through the pipeline: streamed partials, three tiers by hash, exact cost per image from usage', async () => {
    temp = await setup();
    const partials: EventPayloads['studio.partial'][] = [];
    temp.core.subscribe((e) => e.name === 'studio.partial' && partials.push(e.payload as EventPayloads['studio.partial']));
    const r = await call<{ status: string; generation: GenerationView }>('studio.generate', request({ n: 2, size: '1536x1024', partialImages: 2 }, { model: 'gpt-image-2' }));
    const g = await generationDone(r.generation.id);
    expect(g).toMatchObject({ state: 'done', outputs: 2 });
    expect(partials.filter((p) => p.generationId === g.id)).toHaveLength(4);
    const sent = sim.requests.filter((q) => q.path === '/v1/images/generations');
    expect(sent).toHaveLength(1);
    const ledger = await call<{ totals: { costMicros: number } }>('usage.summary', { from: today(-1), to: today(1) });
    expect(g.costMicros).toBeGreaterThan(0);
    expect(ledger.totals.costMicros).toBe(g.costMicros);
    const cards = await call<OutputCard[]>('studio.gallery', {});
    expect(cards.reduce((n, c) => n + c.costMicros, 0)).toBe(g.costMicros);
    const d = await checked(cards[0]!.id);
    expect(d.output).toMatchObject({ width: 1536, height: 1024, mime: 'image/png', state: 'review', checkState: 'passed' });
    const storage = await call<{ originals: number; previews: number; thumbs: number; files: number }>('studio.storage', {});
    expect(storage.files).toBe(2);
    expect(storage.originals).toBeGreaterThan(storage.previews);
    expect(storage.previews).toBeGreaterThan(storage.thumbs);
  });

  it('asks first above the threshold, and refuses what the model does not accept', async () => {
    temp = await setup();
    await call('studio.updateSettings', { confirmAboveMicros: 10_000 });
    const e = await call<StudioEstimate>('studio.estimate', request({ quality: 'high' }));
    expect(e).toMatchObject({ needsConfirmation: true, problems: [] });
    expect(e.outputTokens).toBe(4160);
    const r = await call<{ status: string }>('studio.generate', { ...request({ quality: 'high' }), confirmed: false });
    expect(r.status).toBe('confirm');
    expect(await call<GenerationView[]>('studio.generations', {})).toHaveLength(0);
    const bad = await call<StudioEstimate>('studio.estimate', request({ n: 2, quality: 'hd', background: 'opaque' }, { model: 'dall-e-3' }));
    expect(bad.problems.join(' ')).toMatch(/'n'.*<= 1/);
    expect(bad.problems.join(' ')).toMatch(/background/);
    await expect(call('studio.generate', request({ n: 2, quality: 'hd' }, { model: 'dall-e-3' }))).rejects.toMatchObject({ code: 'invalid_input' });
    expect(sim.requests.filter((q) => q.path.startsWith('/v1/images'))).toHaveLength(0);
  });

  it('review: a blocked word fails the check; approval needs an override with a reason; export only when approved', async () => {
    temp = await setup();
    const brand = await call<{ id: string }>('studio.saveBrand', { name: 'Acme', rules: { blockedWords: ['lamp'], requiredFormat: 'png', minWidth: null, minHeight: null, requireTransparent: false } });
    const d = await generateOne({}, { brandId: brand.id });
    expect(d.output.checkState).toBe('failed');
    expect(d.output.check?.items.find((i) => i.rule === 'blocked_words')).toMatchObject({ passed: false });
    await expect(call('studio.export', { id: d.output.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(call('studio.review', { id: d.output.id, action: 'approve' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('studio.review', { id: d.output.id, action: 'approve', override: true, reason: '' })).rejects.toMatchObject({ code: 'invalid_input' });
    await call('studio.review', { id: d.output.id, action: 'star' });
    const approved = await call<OutputDetail>('studio.review', { id: d.output.id, action: 'approve', override: true, reason: 'Lamp is the client product name, cleared by legal.' });
    expect(approved.output.state).toBe('approved');
    expect(approved.audit.map((a) => a.action)).toEqual(['created', 'check_failed', 'star', 'approve_override']);
    expect(approved.audit.at(-1)).toMatchObject({ actor: 'Ana Lima', reason: 'Lamp is the client product name, cleared by legal.', fromState: 'review', toState: 'approved' });
    const out = path.join(temp.dataDir, 'out');
    const r = await call<ExportResult>('studio.export', { id: d.output.id, upscale: 2, dir: out });
    const original = fs.readFileSync(r.files[0]!);
    const stored = fs.readFileSync(path.join(temp.dataDir, 'media', d.output.hash.slice(0, 2), d.output.hash));
    expect(original.equals(stored)).toBe(true);
    expect((await sharp(r.files[1]!).metadata()).width).toBe(2048);
    const sidecar = JSON.parse(fs.readFileSync(r.sidecar, 'utf8')) as Record<string, unknown>;
    expect(sidecar).toMatchObject({ prompt: 'a ceramic lamp on an oak table', model: 'gpt-image-1.5', parameters: { quality: 'low' }, untouched: true });
    expect((sidecar.audit as { action: string }[]).map((a) => a.action)).toContain('approve_override');
    expect((sidecar.check as { items: unknown[] }).items.length).toBeGreaterThan(1);
    expect((sidecar.upscaled as { method: string }).method).toMatch(/local/);
  });

  it('edits with a mask validated first; keep-unmasked puts the original pixels back exactly', async () => {
    temp = await setup();
    const photo = await sharp({ create: { width: 512, height: 512, channels: 3, background: '#336699' } }).png().toBuffer();
    const img = await call<{ hash: string }>('studio.addImage', { name: 'photo.png', dataBase64: photo.toString('base64') });
    const wrong = await sharp({ create: { width: 256, height: 256, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const e = await call<StudioEstimate>('studio.estimate', request({}, { inputs: [img.hash], maskBase64: wrong.toString('base64') }));
    expect(e.problems.join(' ')).toMatch(/mask is 256 × 256 but the first image is 512 × 512/);
    const raw = Buffer.alloc(512 * 512 * 4, 255);
    for (let y = 0; y < 512; y++) for (let x = 0; x < 256; x++) raw[(y * 512 + x) * 4 + 3] = 0;
    const mask = await sharp(raw, { raw: { width: 512, height: 512, channels: 4 } }).png().toBuffer();
    const d = await generateOne({ keepUnmasked: true, size: '1024x1024' }, { inputs: [img.hash], maskBase64: mask.toString('base64'), prompt: 'paint the left half red' });
    expect(d.generation.kind).toBe('edit');
    expect(d.before?.width).toBe(512);
    const result = await sharp(path.join(temp.dataDir, 'media', d.output.hash.slice(0, 2), d.output.hash)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(result.info.width).toBe(512);
    const px = (x: number, y: number) => [...result.data.subarray((y * 512 + x) * 3, (y * 512 + x) * 3 + 3)];
    expect(px(400, 100)).toEqual([0x33, 0x66, 0x99]);
    expect(px(100, 100)).not.toEqual([0x33, 0x66, 0x99]);
  });

  it('templates are versioned and travel as JSON', async () => {
    temp = await setup();
    const t1 = await call<StudioTemplate>('studio.saveTemplate', { name: 'Hero', group: 'Acme', body: 'A {product} in {style} style' });
    const t2 = await call<StudioTemplate>('studio.saveTemplate', { id: t1.id, name: 'Hero', group: 'Acme', body: 'A {product}, {style}, studio light' });
    expect(t2.versions.map((v) => v.version)).toEqual([1, 2]);
    const same = await call<StudioTemplate>('studio.saveTemplate', { id: t1.id, name: 'Hero', group: 'Acme', body: 'A {product}, {style}, studio light' });
    expect(same.versions).toHaveLength(2);
    const { json } = await call<{ json: string }>('studio.exportTemplates', {});
    expect(await call('studio.importTemplates', { json })).toEqual({ added: 1 });
    const all = await call<StudioTemplate[]>('studio.templates', {});
    expect(all).toHaveLength(2);
    expect(all.every((t) => t.versions.length === 2 && t.group === 'Acme')).toBe(true);
    await expect(call('studio.importTemplates', { json: '{"kind":"nope"}' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('a generation in flight when the app dies is interrupted, never re-sent; one click retries it', async () => {
    temp = await setup();
    sim.control.injectFault({ kind: 'hang', count: 1, route: 'images.generations' });
    const r = await call<{ generation: GenerationView }>('studio.generate', request());
    await until(() => call<GenerationView[]>('studio.generations', {}), (l) => l[0]?.state === 'running', 'running');
    await until(async () => sim.requests.filter((q) => q.path === '/v1/images/generations').length, (n) => n === 1, 'request sent');
    // A second process takes over the data folder as after a crash (the first never stopped).
    const after = await setup(temp.dataDir, false);
    extra.push(after);
    const g = (await call<GenerationView[]>('studio.generations', {}, after)).find((x) => x.id === r.generation.id)!;
    expect(g.state).toBe('interrupted');
    expect(g.error?.message).toMatch(/not sent again/);
    await new Promise((res) => setTimeout(res, 300));
    expect(sim.requests.filter((q) => q.path === '/v1/images/generations')).toHaveLength(1);
    await call('studio.retry', { id: g.id }, after);
    expect((await generationDone(g.id, after)).state).toBe('done');
    expect(sim.requests.filter((q) => q.path === '/v1/images/generations')).toHaveLength(2);
  });

  it('keeps lineage for variations, pages the gallery, exports to a chosen folder and deletes a brand saying what it leaves', async () => {
    temp = await setup();
    const source = await generateOne();
    const r = await call<{ generation: GenerationView }>('studio.generate', request({ n: 2 }, { inputs: [source.output.hash], variationOf: source.output.id }));
    expect((await generationDone(r.generation.id)).state).toBe('done');
    const cards = await call<OutputCard[]>('studio.gallery', {});
    expect(cards).toHaveLength(3);
    const variation = await call<OutputDetail>('studio.output', { id: cards[0]!.id });
    expect(variation.variationOf?.id).toBe(source.output.id);
    expect(variation.before?.id).toBe(source.output.id); // the slider compares with the source
    const parent = await call<OutputDetail>('studio.output', { id: source.output.id });
    expect(parent.children.map((c) => c.kind)).toEqual(['variation', 'variation']);
    // Pages: newest first, the second page continues where the first stopped.
    const first = await call<OutputCard[]>('studio.gallery', { limit: 2 });
    const rest = await call<OutputCard[]>('studio.gallery', { offset: 2 });
    expect([...first, ...rest].map((c) => c.id)).toEqual(cards.map((c) => c.id));

    // Export goes to the folder set in Settings; a relative path is refused with the reason.
    await call('studio.review', { id: source.output.id, action: 'approve', override: true, reason: 'Checked by hand for the test.' });
    const dir = path.join(temp.dataDir, 'chosen-exports');
    await expect(call('studio.updateSettings', { exportDir: 'relative/dir' }).then(() => call('studio.export', { id: source.output.id }))).rejects.toThrow(/full path/);
    await call('studio.updateSettings', { exportDir: dir });
    const exported = await call<ExportResult>('studio.export', { id: source.output.id });
    expect(exported.dir).toBe(dir);
    expect(fs.existsSync(exported.sidecar)).toBe(true);

    const brand = await call<{ id: string }>('studio.saveBrand', { name: 'Acme', rules: { blockedWords: ['lamp'], requiredFormat: null, minWidth: null, minHeight: null, requireTransparent: false } });
    await call('studio.saveTemplate', { name: 'Hero', group: 'Acme', body: 'a {product}' });
    await call('studio.generate', request({}, { brandId: brand.id }));
    const removed = await call<{ templates: number; generations: number }>('studio.removeBrand', { id: brand.id });
    expect(removed).toMatchObject({ templates: 1, generations: 1 });
    expect(await call<unknown[]>('studio.brands', {})).toEqual([]);
    expect((await call<StudioTemplate[]>('studio.templates', {})).map((t) => t.group)).toEqual(['Acme']);
    await expect(call('studio.removeBrand', { id: brand.id })).rejects.toThrow(/no longer exists/);
  });

  it('filters the gallery by state, model, template, board, star and date, and searches prompts and notes', async () => {
    temp = await setup();
    const tpl = await call<StudioTemplate>('studio.saveTemplate', { name: 'Hero', group: '', body: 'a {product} hero shot' });
    const a = await generateOne({}, { prompt: 'a glazed teapot on linen' });
    const b = await generateOne({}, { model: 'gpt-image-2', prompt: 'a walnut stool', template: { id: tpl.id, version: 1, values: { product: 'stool' } } });
    await call('studio.review', { id: a.output.id, action: 'reject', notes: 'client wants warmer glow' });
    await call('studio.review', { id: b.output.id, action: 'star' });
    const board = await call<{ id: string }>('studio.createBoard', { name: 'Spring' });
    await call('studio.assignBoard', { ids: [b.output.id], boardId: board.id });
    const ids = async (filter: Record<string, unknown>) => (await call<OutputCard[]>('studio.gallery', filter)).map((c) => c.id);
    expect(await ids({ state: 'rejected' })).toEqual([a.output.id]);
    expect(await ids({ state: 'review' })).toEqual([b.output.id]);
    expect(await ids({ model: 'gpt-image-2' })).toEqual([b.output.id]);
    expect(await ids({ templateId: tpl.id })).toEqual([b.output.id]);
    expect(await ids({ boardId: board.id })).toEqual([b.output.id]);
    expect(await ids({ starred: true })).toEqual([b.output.id]);
    expect(await ids({ query: 'teapot' })).toEqual([a.output.id]);
    expect(await ids({ query: 'warmer' })).toEqual([a.output.id]); // notes are searched too
    expect(await ids({ query: 'nothing-like-this' })).toEqual([]);
    expect((await ids({ from: today(0), to: today(0) })).sort()).toEqual([a.output.id, b.output.id].sort());
    expect(await ids({ from: today(1) })).toEqual([]);
    expect(await ids({ to: today(-1) })).toEqual([]);
  });
});
