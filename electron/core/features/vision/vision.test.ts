import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../e2e/simulator/server';
import type { BatchDetail, BatchView, CompareCell, EstimateAccuracy, EstimateRow, Recipe, VisionItem } from '../../../../shared/contract';
import { imageInputTokens } from '../../../../shared/pricing';
import { mixedImageFolder, RECEIPT_RECIPE } from '../../testing/vision-folder';
import { createTempCore, type TempCore } from '../../testing/temp-core';

let sim: Simulator;
let temp: TempCore;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-vision-'));
let folder: string;

beforeAll(async () => {
  sim = await startSimulator();
  // A folder as analysts have them: photos in subfolders, a GIF, a TIFF, and broken files.
  folder = path.join(root, 'Receipts März 2026');
  await mixedImageFolder(folder, 4);
  fs.writeFileSync(path.join(folder, 'readme.txt'), 'ignored');
}, 60_000);
afterAll(async () => {
  await sim.close();
  fs.rmSync(root, { recursive: true, force: true });
});
afterEach(() => {
  temp?.dispose();
  sim.control.reset();
});

const call = <T>(name: string, input: unknown): Promise<T> => temp.call<T>(name, input);
const ref = (model: string) => ({ providerId: 'env', model });

async function setup() {
  temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-vision-0000' });
  await call('providers.refreshModels', { id: 'env' });
  await call('settings.update', { defaults: { 'image-understanding': ref('gpt-4.1-mini'), text: ref('gpt-5-mini') } });
}

const fieldsRecipe = () => call<Recipe>('vision.saveRecipe', RECEIPT_RECIPE);

async function waitState(id: string, states: string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const s = (await call<BatchDetail>('vision.get', { id })).batch.state;
        if (process.env.DEBUG_VISION) console.log(s, JSON.stringify((await call<BatchDetail>('vision.get', { id })).batch.error));
        return states.includes(s) ? 'reached' : s;
      },
      { timeout: 60_000, interval: 150 },
    )
    .toBe('reached');
}


describe('image analysis', () => {
  it('analyses a folder of mixed images into rows, fails broken files alone, bills each image once, exports CSV and XLSX', async () => {
    await setup();
    const recipe = await fieldsRecipe();
    let d = await call<BatchDetail>('vision.createBatch', { paths: [folder], recipeId: recipe.id });
    expect(d.items.map((i) => i.name)).not.toContain('readme.txt');
    const byName = Object.fromEntries(d.items.map((i) => [i.name, i]));
    expect(byName['IMG_1000.jpg']).toMatchObject({ width: 1200, height: 1600, state: 'pending', folder: 'Receipts März 2026/week 1' });
    expect(byName['empty.png']!.error?.message).toMatch(/empty/);
    expect(byName['cut.jpg']!.error?.message).toMatch(/truncated/);
    expect(byName['notes.jpg']!.error?.message).toMatch(/not an image/);
    expect(byName['IMG_5555.HEIC']!.error?.message).toMatch(/HEIC/);
    expect(byName['bomb.png']!.error?.code).toBe('too_large');

    const [est] = await call<EstimateRow[]>('vision.estimate', { batchId: d.batch.id, recipeId: recipe.id, targets: [{ ...ref('gpt-4.1-mini'), detail: 'high' }] });
    expect(est!.images).toBe(6);
    expect(est!.costMicros).toBeGreaterThan(0);

    await call<BatchView>('vision.start', { batchId: d.batch.id, recipeId: recipe.id, model: ref('gpt-4.1-mini'), detail: 'high' });
    await waitState(d.batch.id, ['done']);
    d = await call<BatchDetail>('vision.get', { id: d.batch.id });
    expect(d.columns).toEqual(['vendor', 'total', 'category']);
    expect(d.batch.name).toMatch(new RegExp(`^${path.basename(folder)} — `));
    const done = d.items.filter((i) => i.state === 'done');
    expect(done).toHaveLength(6);
    for (const i of done) {
      // The image part of the estimate is the formula the API bills; the text part is a heuristic within a token.
      expect(i.estimatedImageTokens).toBe(imageInputTokens('gpt-4.1-mini', i.sent!.width, i.sent!.height, 'high'));
      expect(Math.abs(i.inputTokens! - i.estimatedInputTokens!)).toBeLessThanOrEqual(1);
      expect(Object.keys(i.result!)).toEqual(['vendor', 'total', 'category']);
    }
    const chatCalls = sim.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(chatCalls).toHaveLength(6);
    expect(d.batch.costMicros).toBeGreaterThan(0);
    // The Usage screen's comparison of estimates with reported tokens covers exactly these answers.
    const day = new Date().toLocaleDateString('sv-SE');
    const accuracy = await call<EstimateAccuracy>('vision.estimateAccuracy', { from: day, to: day });
    expect(accuracy).toMatchObject({ images: 6, exact: 6, reportedTokens: done.reduce((n, i) => n + i.inputTokens!, 0) });
    expect(accuracy.worstShare).toBeLessThan(0.01);
    // Values read from the images: nothing invented as an empty string (unread fields are null).
    expect(done.flatMap((i) => Object.values(i.result!)).includes('')).toBe(false);
    expect(done.some((i) => typeof i.result!.vendor === 'string')).toBe(true);

    // A formula typed into a correction cannot run in a spreadsheet; corrections win over the model's answer.
    const first = done[0]!;
    await call<VisionItem>('vision.correct', { itemId: first.id, field: 'vendor', value: '=HYPERLINK("http://x","y")' });
    const csv = await call<{ content: string }>('vision.export', { batchId: d.batch.id, format: 'csv' });
    const lines = csv.content.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('file,folder,state,model,cost_usd,vendor,total,category,corrected_fields');
    expect(lines).toHaveLength(d.items.length + 1);
    expect(csv.content).toContain(`${first.name},`);
    expect(csv.content).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv.content).toMatch(/empty\.png,[^,]*,"failed: ""empty\.png"" is empty/);
    const xlsx = await call<{ content: string; encoding: string }>('vision.export', { batchId: d.batch.id, format: 'xlsx' });
    const bytes = Buffer.from(xlsx.content, 'base64');
    const at = bytes.indexOf('xl/worksheets/sheet1.xml');
    const sheet = zlib.inflateRawSync(bytes.subarray(at + 'xl/worksheets/sheet1.xml'.length)).toString();
    expect(sheet).toContain('<t xml:space="preserve">vendor</t>');
    expect(sheet).toContain('IMG_1001.jpg');
    expect(sheet).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');

    // The same images with the same recipe and model again: answered from the cache at $0.
    const again = await call<BatchDetail>('vision.createBatch', { paths: [path.join(folder, 'week 1')], recipeId: recipe.id });
    await call('vision.start', { batchId: again.batch.id, recipeId: recipe.id, model: ref('gpt-4.1-mini'), detail: 'high' });
    await waitState(again.batch.id, ['done']);
    const cached = await call<BatchDetail>('vision.get', { id: again.batch.id });
    expect(cached.items.every((i) => i.cached && i.costMicros === 0)).toBe(true);
    expect(sim.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(6);
    // One request per image sent, plus one $0 row per cache hit (a retried attempt adds a row, never a charge).
    const today = new Date().toLocaleDateString('sv-SE');
    const usage = await call<{ totals: { requests: number; cacheHits: number; costMicros: number } }>('usage.summary', { from: today, to: today });
    expect(usage.totals).toMatchObject({ requests: 10, cacheHits: 4 });
    expect(usage.totals.costMicros).toBe(d.batch.costMicros);
  }, 120_000);

  it('a hard batch cap stops the batch before the send that would pass it', async () => {
    await setup();
    const recipe = await fieldsRecipe();
    const d = await call<BatchDetail>('vision.createBatch', { paths: [path.join(folder, 'week 1')], recipeId: recipe.id });
    const [est] = await call<EstimateRow[]>('vision.estimate', { batchId: d.batch.id, recipeId: recipe.id, targets: [{ ...ref('gpt-4.1-mini'), detail: 'high' }] });
    const perImage = est!.costMicros! / 4;
    await temp.core.handle('vision.start', { batchId: d.batch.id, recipeId: recipe.id, model: ref('gpt-4.1-mini'), detail: 'high', budgetMicros: Math.floor(perImage * 2.5) }, { trusted: true, label: 't' });
    await waitState(d.batch.id, ['stopped_budget']);
    const after = await call<BatchDetail>('vision.get', { id: d.batch.id });
    expect(after.batch.error?.message).toMatch(/cap of .* was reached/);
    expect(after.batch.counts.done).toBeLessThanOrEqual(2);
    expect(after.batch.counts.pending).toBeGreaterThanOrEqual(2);
    expect(after.batch.costMicros).toBeLessThanOrEqual(Math.floor(perImage * 2.5));
  }, 60_000);

  it('compares models on a sample of three images, and re-runs one image with another model', async () => {
    await setup();
    const recipe = await fieldsRecipe();
    const d = await call<BatchDetail>('vision.createBatch', { paths: [path.join(folder, 'week 1')], recipeId: recipe.id });
    const cells = await call<CompareCell[]>('vision.compare', { batchId: d.batch.id, recipeId: recipe.id, models: [ref('gpt-4.1-mini'), ref('gpt-4o')], sample: 3 });
    expect(cells).toHaveLength(6);
    expect(new Set(cells.map((c) => c.itemId)).size).toBe(3);
    for (const c of cells) expect(c.inputTokens).toBeGreaterThan(0);
    // Tile and patch models count the same image differently.
    const a = cells.find((c) => c.model === 'gpt-4o')!;
    const b = cells.find((c) => c.model === 'gpt-4.1-mini' && c.itemId === a.itemId)!;
    expect(a.inputTokens).not.toBe(b.inputTokens);
    const item = await call<VisionItem>('vision.rerun', { itemId: d.items[0]!.id, model: ref('gpt-4o') });
    expect(item).toMatchObject({ state: 'done', model: 'gpt-4o' });
  }, 60_000);

  it('previews exactly what is uploaded: upright, stripped, scaled, cropped', async () => {
    await setup();
    const d = await call<BatchDetail>('vision.createBatch', { paths: [path.join(folder, 'week 1', 'IMG_1000.jpg')] });
    const p = await call<{ original: { width: number; hadGps: boolean }; sent: { width: number; height: number; bytes: number }; tokens: number; dataUrl: string }>('vision.preview', { itemId: d.items[0]!.id, model: 'gpt-4o', detail: 'high' });
    expect(p.original).toMatchObject({ width: 1200, hadGps: true });
    expect(p.sent).toMatchObject({ width: 768, height: 1024 });
    expect(p.tokens).toBe(imageInputTokens('gpt-4o', 768, 1024, 'high'));
    const meta = await sharp(Buffer.from(p.dataUrl.split(',')[1]!, 'base64')).metadata();
    expect(meta.exif).toBeUndefined();
    const cropped = await call<{ sent: { width: number; height: number } }>('vision.preview', { itemId: d.items[0]!.id, model: 'gpt-4o', detail: 'high', crop: { left: 100, top: 100, width: 400, height: 300 } });
    expect(cropped.sent).toEqual(expect.objectContaining({ width: 400, height: 300 }));
  }, 60_000);
});
