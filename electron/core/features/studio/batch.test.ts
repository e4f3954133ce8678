import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../../e2e/simulator/server';
import type { GenerationView, OutputCard, StudioBatchView, StudioEstimate } from '../../../../shared/contract';
import { costOfUsage, isPriceUnknown } from '../../../../shared/pricing';
import { createTempCore, type TempCore } from '../../testing/temp-core';

let sim: Simulator;
const env = () => ({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-studio-batch-0000' });
const request = (i: number, batch = true) => ({
  providerId: 'env', model: 'gpt-image-1.5', prompt: `Overnight banner ${i}: a ceramic lamp`, params: { n: 1, size: '1024x1024', quality: 'low', partialImages: 2 }, confirmed: true, batch,
});

beforeAll(async () => {
  sim = await startSimulator();
}, 60_000);
afterAll(async () => {
  await sim.close();
});

describe('image studio through the Batch API', () => {
  it('estimates at the batch discount and refuses what a batch cannot carry', async () => {
    const temp = await createTempCore(env());
    try {
      const now = await temp.call<StudioEstimate>('studio.estimate', request(0, false));
      const batch = await temp.call<StudioEstimate>('studio.estimate', request(0));
      expect(batch.batch).toBe(true);
      // Same request without the streamed partial images (a batch cannot stream), at half price.
      expect(batch.listMicros).not.toBeNull();
      expect(batch.micros).toBe(Math.round(batch.listMicros! / 2));
      expect(now.micros!).toBeGreaterThan(batch.micros!);
      const dalle = await temp.call<StudioEstimate>('studio.estimate', { ...request(0), model: 'dall-e-3', params: { n: 1, size: '1024x1024', quality: 'standard', partialImages: 0 } });
      expect(dalle.problems.join(' ')).toMatch(/gpt-image models/);
    } finally {
      temp.dispose();
    }
  }, 60_000);

  it('collects a draft, sends one JSONL file, resumes polling after a restart, stores every image and bills it at half price', async () => {
    let temp: TempCore = await createTempCore(env());
    const dataDir = temp.dataDir;
    try {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await temp.call<{ generation: GenerationView }>('studio.generate', request(i))).generation.id);
      const [draft] = await temp.call<StudioBatchView[]>('studio.batches', {});
      expect(draft).toMatchObject({ state: 'draft', generations: 3, remote: null });
      // Collected, not sent: nothing reached the provider yet.
      expect(sim.requests.filter((r) => r.path.startsWith('/v1/images') || r.path.startsWith('/v1/batches'))).toHaveLength(0);
      // A cancelled generation leaves the draft.
      await temp.call('studio.cancel', { id: ids[2] });
      expect((await temp.call<StudioBatchView[]>('studio.batches', {}))[0]!.generations).toBe(2);

      await temp.call('studio.sendBatch', { id: draft!.id });
      await expect.poll(async () => (await temp.call<StudioBatchView[]>('studio.batches', {}))[0]!.remote?.batchId ?? null, { timeout: 60_000, interval: 100 }).not.toBeNull();
      // The app goes away while the provider works on the batch.
      temp.core.stop();
      temp = await createTempCore(env(), dataDir);
      await expect.poll(async () => (await temp.call<StudioBatchView[]>('studio.batches', {}))[0]!.state, { timeout: 60_000, interval: 200 }).toBe('done');

      const [done] = await temp.call<StudioBatchView[]>('studio.batches', {});
      expect(done!.remote).toMatchObject({ status: 'completed', completed: 2, failed: 0, total: 2 });
      expect(done!.remote!.inputFileId).toMatch(/^file-/);
      expect(done!.remote!.outputFileId).toMatch(/^file-/);
      expect(sim.requests.filter((r) => r.path === '/v1/batches' && r.method === 'POST')).toHaveLength(1);
      expect(sim.requests.filter((r) => r.path === '/v1/files' && r.method === 'POST')).toHaveLength(1);
      expect(sim.requests.filter((r) => r.path === '/v1/images/generations')).toHaveLength(0);

      const gens = await temp.call<GenerationView[]>('studio.generations', { limit: 10 });
      const byId = new Map(gens.map((g) => [g.id, g]));
      expect(byId.get(ids[2]!)!.state).toBe('cancelled');
      for (const id of ids.slice(0, 2)) expect(byId.get(id)).toMatchObject({ state: 'done', outputs: 1, batchId: draft!.id });
      const cards = await temp.call<OutputCard[]>('studio.gallery', {});
      expect(cards).toHaveLength(2);
      expect(cards.every((c) => c.state === 'review')).toBe(true);

      // Each generation's ledger row: its usage at list price, halved.
      const today = new Date().toLocaleDateString('sv-SE');
      const csv = (await temp.call<{ csv: string }>('usage.exportCsv', { from: today, to: today })).csv;
      const [header, ...rows] = csv.trim().split('\n');
      const cols = header!.split(',');
      const batchRows = rows.map((r) => r.split(',')).filter((r) => r[cols.indexOf('operation')] === 'images.batch');
      expect(batchRows).toHaveLength(2);
      for (const r of batchRows) {
        const input = Number(r[cols.indexOf('inputTokens')]);
        const output = Number(r[cols.indexOf('outputTokens')]);
        const list = costOfUsage('gpt-image-1.5', { input_tokens: input, output_tokens: output, input_tokens_details: { text_tokens: input, image_tokens: 0 } } as never, {});
        expect(isPriceUnknown(list)).toBe(false);
        const gen = byId.get(r[cols.indexOf('requestId')]!.split('/')[1]!)!;
        expect(gen.costMicros).toBe(Math.round((list as { micros: number }).micros / 2));
        expect(output).toBeGreaterThan(0);
      }
    } finally {
      temp.dispose();
    }
  }, 180_000);

  it('a generation whose batch could not be sent is retried with the next batch, at the batch discount, never sent alone', async () => {
    const temp = await createTempCore(env());
    try {
      const { generation } = await temp.call<{ generation: GenerationView }>('studio.generate', request(7));
      const [draft] = await temp.call<StudioBatchView[]>('studio.batches', {});
      sim.control.injectFault({ kind: 'status', status: 400, message: 'The batch could not be created.', route: '/v1/batches', count: 5 });
      await temp.call('studio.sendBatch', { id: draft!.id });
      await expect.poll(async () => (await temp.call<GenerationView[]>('studio.generations', { limit: 5 })).find((g) => g.id === generation.id)?.state, { timeout: 90_000, interval: 200 }).toBe('failed');
      sim.control.clearFaults();
      const sentBefore = sim.requests.filter((r) => r.path.startsWith('/v1/images')).length;

      const retried = await temp.call<GenerationView>('studio.retry', { id: generation.id });
      expect(retried.state).toBe('queued');
      expect(retried.batchId).not.toBe(draft!.id);
      const batches = await temp.call<StudioBatchView[]>('studio.batches', {});
      const next = batches.find((b) => b.id === retried.batchId)!;
      expect(next).toMatchObject({ state: 'draft', generations: 1 });
      // Its estimate stays the batch price it was asked at.
      expect(retried.estimateMicros).toBe(generation.estimateMicros);
      await new Promise((r) => setTimeout(r, 1500));
      expect(sim.requests.filter((r) => r.path.startsWith('/v1/images')).length).toBe(sentBefore);
    } finally {
      sim.control.clearFaults();
      temp.dispose();
    }
  }, 180_000);
});
