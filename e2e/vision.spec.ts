import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { connectApi, type ApiClient } from './api-client';
import { launchApp, type AppProcess } from './app-process';
import { E2E_KEY, expect, test } from './fixtures';
import { VisionPage } from './pages/vision';
import type { BatchDetail, BatchView, Recipe } from '../shared/contract';
import { mixedImageFolder, RECEIPT_RECIPE } from '../electron/core/testing/vision-folder';

/**
 * Image analysis end to end in browser mode against the simulator: a mixed folder into a table and
 * exports, estimates against reported usage, kill -9 recovery billed once, cache, caps, the Batch API
 * across a restart, and model comparison.
 */

const MODEL = { providerId: 'env', model: 'gpt-4.1-mini' };
let folder: string;

test.beforeAll(async () => {
  folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-vision-')), 'Receipts März');
  await mixedImageFolder(folder, 5);
});

async function prepare(app: AppProcess): Promise<{ client: ApiClient; recipe: Recipe }> {
  const client = await connectApi(app.url);
  await client.value('settings.update', { onboardingDone: true, defaults: { 'image-understanding': MODEL, text: { providerId: 'env', model: 'gpt-5-mini' } } });
  await client.value('providers.refreshModels', { id: 'env' });
  const recipe = (await client.value('vision.saveRecipe', RECEIPT_RECIPE)) as Recipe;
  return { client, recipe };
}

const today = () => new Date().toLocaleDateString('sv-SE');
const billedRows = async (client: ApiClient) =>
  ((await client.value('usage.exportCsv', { from: today(), to: today() })) as { csv: string }).csv.split('\n').filter((l) => l.includes(',image_analysis,') && l.includes(',reported,'));

test.describe('image analysis', () => {
  test('a mixed folder becomes a table with one column per field, exported to CSV and XLSX; estimates match the reported tokens', async ({ simApp, sim, page }) => {
    test.setTimeout(180_000);
    const { client, recipe } = await prepare(simApp);
    const va = new VisionPage(page);
    await va.open(simApp.url);
    await va.addFolder(folder);
    // Twelve files go up in parts over the browser-mode socket before core takes them in: allow for a loaded machine.
    await expect(page.getByTestId('vision-intake')).toContainText('HEIC photo', { timeout: 90_000 });
    await expect(page.getByTestId('vision-intake')).toContainText('more than 100 megapixels');
    await va.chooseRecipe(recipe.name);
    // Seven readable images (five JPEGs, the TIFF and the GIF's first frame); the five broken files are not counted.
    await expect(va.estimate).toContainText('7 images');
    await expect(va.estimate).toContainText('input tokens');
    const shown = Number(/about ([\d,]+) input tokens/.exec((await va.estimate.textContent()) ?? '')![1]!.replace(/,/g, ''));
    await va.start();
    await expect(va.tab('Results')).toBeVisible();
    await va.tab('Results').click();
    await expect(va.stats).toContainText('12 of 12 images', { timeout: 90_000 });
    await expect(va.columnHeaders()).toHaveText(['File', 'State', 'vendor', 'total', 'category', 'Cost']);
    await expect(va.table.locator('tbody tr')).toHaveCount(12);

    const batches = (await client.value('vision.batches', {})) as BatchView[];
    const detail = (await client.value('vision.get', { id: batches[0]!.id })) as BatchDetail;
    const done = detail.items.filter((i) => i.state === 'done');
    expect(done).toHaveLength(7);
    for (const i of done) expect(Math.abs(i.inputTokens! - i.estimatedInputTokens!)).toBeLessThanOrEqual(1);
    // The total shown before sending is the sum of the prompt tokens the simulator reported.
    expect(Math.abs(done.reduce((n, i) => n + i.inputTokens!, 0) - shown)).toBeLessThanOrEqual(done.length);
    expect(sim.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(7);

    const csv = fs.readFileSync((await (await va.exportAs('CSV')).path())!, 'utf8').replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('file,folder,state,model,cost_usd,vendor,total,category,corrected_fields');
    expect(lines).toHaveLength(13);
    expect(csv).toMatch(/IMG_1001\.jpg,Receipts März\/week 1,done,gpt-4\.1-mini,/);
    expect(csv).toMatch(/bomb\.png,Receipts März,"failed: /);
    const xlsx = fs.readFileSync((await (await va.exportAs('XLSX')).path())!);
    const at = xlsx.indexOf('xl/worksheets/sheet1.xml');
    const sheet = zlib.inflateRawSync(xlsx.subarray(at + 'xl/worksheets/sheet1.xml'.length)).toString();
    expect(sheet).toContain('<t xml:space="preserve">category</t>');
    expect(sheet).toContain('IMG_1004.jpg');
    client.close();
  });

  test('kill -9 in the middle of a batch: a restart completes it with one billed row per image; a cached re-run costs $0; a cap stops a batch', async ({ sim }) => {
    test.setTimeout(180_000);
    sim.control.setLatency(1500, 'chat');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-vcrash-'));
    const env = { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY };
    let app = await launchApp({ dataDir, env });
    try {
      const prepared = await prepare(app);
      const recipe = prepared.recipe;
      let client = prepared.client;
      const d = (await client.value('vision.createBatch', { paths: [path.join(folder, 'week 1')], recipeId: recipe.id })) as BatchDetail;
      await client.value('pipeline.updateConfig', { policyOverrides: { 'image-understanding': { retries: 0 } } });
      await client.value('vision.start', { batchId: d.batch.id, recipeId: recipe.id, model: MODEL, detail: 'high' });
      await expect.poll(() => sim.requests.filter((r) => r.path === '/v1/chat/completions').length, { timeout: 30_000 }).toBeGreaterThan(0);
      client.close();
      await app.stop(true); // SIGKILL while requests are in flight
      sim.control.setLatency(0, 'chat');
      app = await launchApp({ dataDir, env });
      client = await connectApi(app.url);
      await expect.poll(async () => ((await client.value('vision.get', { id: d.batch.id })) as BatchDetail).batch.state, { timeout: 90_000 }).toBe('done');
      const after = (await client.value('vision.get', { id: d.batch.id })) as BatchDetail;
      expect(after.items.every((i) => i.state === 'done')).toBe(true);
      // Answers recorded before the kill are not sent again; each image has exactly one billed row.
      expect(await billedRows(client)).toHaveLength(5);

      // The same images, recipe and model again: all from the cache, $0.
      const again = (await client.value('vision.createBatch', { paths: [path.join(folder, 'week 1')], recipeId: recipe.id })) as BatchDetail;
      const sent = sim.requests.filter((r) => r.path === '/v1/chat/completions').length;
      await client.value('vision.start', { batchId: again.batch.id, recipeId: recipe.id, model: MODEL, detail: 'high' });
      await expect.poll(async () => ((await client.value('vision.get', { id: again.batch.id })) as BatchDetail).batch.state, { timeout: 60_000 }).toBe('done');
      const cached = (await client.value('vision.get', { id: again.batch.id })) as BatchDetail;
      expect(cached.batch.costMicros).toBe(0);
      expect(cached.items.every((i) => i.cached)).toBe(true);
      expect(sim.requests.filter((r) => r.path === '/v1/chat/completions').length).toBe(sent);

      // A hard cap of about two images stops the batch before the third send, and says so.
      const capped = (await client.value('vision.createBatch', { paths: [path.join(folder, 'week 1')], recipeId: recipe.id })) as BatchDetail;
      await client.value('vision.start', { batchId: capped.batch.id, recipeId: recipe.id, model: { providerId: 'env', model: 'gpt-4o' }, detail: 'high', budgetMicros: 5000 });
      await expect.poll(async () => ((await client.value('vision.get', { id: capped.batch.id })) as BatchDetail).batch.state, { timeout: 60_000 }).toBe('stopped_budget');
      const stopped = (await client.value('vision.get', { id: capped.batch.id })) as BatchDetail;
      expect(stopped.batch.error?.message).toMatch(/cap of .* was reached/);
      expect(stopped.batch.costMicros).toBeLessThanOrEqual(5000);
      expect(stopped.batch.counts.pending).toBeGreaterThan(0);
      client.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a Batch API job survives an app restart and completes at half price', async ({ sim }) => {
    test.setTimeout(150_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-vbatch-'));
    const env = { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY, SIM_BATCH_STEP_MS: '1500' };
    let app = await launchApp({ dataDir, env });
    try {
      const prepared = await prepare(app);
      const recipe = prepared.recipe;
      let client = prepared.client;
      const d = (await client.value('vision.createBatch', { paths: [path.join(folder, 'week 1')], recipeId: recipe.id })) as BatchDetail;
      await client.value('vision.start', { batchId: d.batch.id, recipeId: recipe.id, model: MODEL, detail: 'high', mode: 'batch_api' });
      await expect.poll(async () => ((await client.value('vision.get', { id: d.batch.id })) as BatchDetail).batch.remote?.batchId ?? null, { timeout: 60_000 }).not.toBeNull();
      client.close();
      await app.stop(true);
      app = await launchApp({ dataDir, env });
      client = await connectApi(app.url);
      await expect.poll(async () => ((await client.value('vision.get', { id: d.batch.id })) as BatchDetail).batch.state, { timeout: 90_000 }).toBe('done');
      const after = (await client.value('vision.get', { id: d.batch.id })) as BatchDetail;
      expect(after.items.every((i) => i.state === 'done')).toBe(true);
      expect(sim.requests.filter((r) => r.path === '/v1/batches' && r.method === 'POST')).toHaveLength(1);
      const csv = ((await client.value('usage.exportCsv', { from: today(), to: today() })) as { csv: string }).csv;
      expect(csv.split('\n').filter((l) => l.includes('chat.batch'))).toHaveLength(5);
      client.close();
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('compares models on three images side by side', async ({ simApp, page }) => {
    test.setTimeout(120_000);
    const { client, recipe } = await prepare(simApp);
    await client.value('vision.createBatch', { paths: [path.join(folder, 'week 1')], recipeId: recipe.id });
    const va = new VisionPage(page);
    await va.open(simApp.url);
    await page.locator('.va-batch').first().click();
    await va.tab('Compare models').click();
    await page.getByTestId('vision-compare-run').click();
    const table = page.getByTestId('vision-compare-table');
    await expect(table.locator('tbody tr')).toHaveCount(4, { timeout: 60_000 }); // three images and the total
    await expect(table.locator('thead th')).toHaveCount(4); // image + three models
    client.close();
  });
});
