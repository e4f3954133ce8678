import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../e2e/simulator/server';
import type { BatchDetail, Recipe } from '../../../../shared/contract';
import { phonePhoto } from '../../testing/photos';
import { createTempCore, type TempCore } from '../../testing/temp-core';

let sim: Simulator;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-vbatch-'));
const env = () => ({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-vision-batch-0000' });

beforeAll(async () => {
  sim = await startSimulator();
  for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(root, `shelf-${i}.jpg`), await phonePhoto({ width: 1024, height: 768, seed: 40 + i }));
}, 60_000);
afterAll(async () => {
  await sim.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('image analysis through the Batch API', () => {
  it('uploads JSONL, survives an app restart while polling, maps answers back by custom_id and bills each at half price', async () => {
    let temp: TempCore = await createTempCore(env());
    const dataDir = temp.dataDir;
    try {
      await temp.call('providers.refreshModels', { id: 'env' });
      await temp.call('settings.update', { defaults: { 'image-understanding': { providerId: 'env', model: 'gpt-4.1-mini' } } });
      const recipe = await temp.call<Recipe>('vision.saveRecipe', { name: 'Shelf', kind: 'fields', prompt: 'Read the label.', fields: [{ name: 'product', type: 'string' }, { name: 'price', type: 'number' }] });
      const d = await temp.call<BatchDetail>('vision.createBatch', { paths: [root], recipeId: recipe.id });
      await temp.call('vision.start', { batchId: d.batch.id, recipeId: recipe.id, model: { providerId: 'env', model: 'gpt-4.1-mini' }, detail: 'high', mode: 'batch_api' });
      await expect.poll(async () => (await temp.call<BatchDetail>('vision.get', { id: d.batch.id })).batch.remote?.batchId ?? null, { timeout: 60_000, interval: 100 }).not.toBeNull();
      // The app goes away while the provider works on the batch (its job stays claimed in the database).
      temp.core.stop();
      temp = await createTempCore(env(), dataDir);
      await expect.poll(async () => (await temp.call<BatchDetail>('vision.get', { id: d.batch.id })).batch.state, { timeout: 60_000, interval: 200 }).toBe('done');
      const after = await temp.call<BatchDetail>('vision.get', { id: d.batch.id });
      expect(after.items.every((i) => i.state === 'done' && i.result && 'product' in i.result)).toBe(true);
      expect(sim.requests.filter((r) => r.path === '/v1/batches' && r.method === 'POST')).toHaveLength(1);
      expect(sim.requests.filter((r) => r.path === '/v1/files' && r.method === 'POST')).toHaveLength(1);
      expect(sim.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(0);
      const today = new Date().toLocaleDateString('sv-SE');
      const csv = (await temp.call<{ csv: string }>('usage.exportCsv', { from: today, to: today })).csv;
      const rows = csv.split('\n').filter((l) => l.includes('chat.batch'));
      expect(rows).toHaveLength(5);
      // Half price: gpt-4.1-mini input is $0.40 / 1M, so each row costs half of its tokens at list price.
      const item = after.items[0]!;
      const list = (item.inputTokens! * 0.4 + item.outputTokens! * 1.6);
      expect(Math.abs(item.costMicros - list / 2)).toBeLessThanOrEqual(1);
    } finally {
      temp.dispose();
    }
  }, 120_000);
});
