import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectApi } from './api-client';
import { launchApp, type AppProcess } from './app-process';
import { E2E_KEY, expect, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { toneRecording, TranscriptionPage, type ToneRecording } from './pages/transcription';
import { startSimulator, type Simulator } from './simulator/server';

/**
 * The queue finishes every job exactly once in effect, whatever happens to the network or the app.
 * Each test owns its simulator or its data folder, because it breaks one of them on purpose.
 */

const NAME = 'all-hands.wav';

async function prepare(app: AppProcess): Promise<void> {
  const client = await connectApi(app.url);
  await client.value('settings.update', { onboardingDone: true, defaults: { 'audio-offline': { providerId: 'env', model: 'whisper-1' } } });
  await client.value('providers.refreshModels', { id: 'env' });
  client.close();
}

/** The first chunk request is answered, every later one hangs: the job stops with exactly one chunk done. */
function oneChunkThenHang(sim: Simulator): void {
  sim.control.injectFault({ kind: 'slow', ms: 0, count: 1, route: 'audio.transcriptions' });
  sim.control.injectFault({ kind: 'hang', count: -1, route: 'audio.transcriptions' });
}

async function queueRecording(tx: TranscriptionPage, rec: ToneRecording): Promise<void> {
  await tx.open();
  await tx.addFiles([rec.file]);
  await tx.start();
  await expect(tx.jobStatus(NAME)).toHaveText(/^Transcribing 1 of [2-9] chunks$/, { timeout: 60_000 });
}

async function expectFullTranscript(tx: TranscriptionPage, rec: ToneRecording): Promise<void> {
  await tx.openJob(NAME);
  await expect(tx.segmentTexts()).toHaveText(rec.words.map((w) => w.word));
}

test.describe('transcription: recovery', () => {
  test('a network outage in the middle of a job: it waits for the network, then resumes by itself', async ({ page }) => {
    test.setTimeout(300_000);
    let sim = await startSimulator();
    const port = sim.port;
    const app = await launchApp({ env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY } });
    try {
      await prepare(app);
      // Fewer, faster retries than the offline-audio default (4, from 2 s): the outage is found in seconds, not half a minute.
      const client = await connectApi(app.url);
      await client.value('pipeline.updateConfig', { policyOverrides: { 'audio-offline': { retries: 1, backoffBaseMs: 300, backoffMaxMs: 600 } } });
      client.close();
      const rec = toneRecording(NAME, 15 * 60, 7);
      oneChunkThenHang(sim);

      await new ShellPage(page).open(app.url);
      const tx = new TranscriptionPage(page);
      await queueRecording(tx, rec);

      await sim.close(); // the network goes away mid-job
      await expect(tx.jobStatus(NAME)).toHaveText('Waiting for network — resumes by itself', { timeout: 60_000 });
      await expect(tx.doneChunkCells(NAME)).toHaveCount(1);

      sim = await startSimulator({ port }); // … and comes back, with no faults
      await tx.waitDone(NAME, 90_000);
      await expectFullTranscript(tx, rec);
    } finally {
      await app.stop();
      await sim.close();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
  });

  test('kill -9 during a job: after a restart it finishes, each chunk billed once, no word lost or repeated', async ({ sim, page }) => {
    test.setTimeout(300_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-crash-'));
    const env = { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY };
    let app = await launchApp({ dataDir, env });
    try {
      await prepare(app);
      const rec = toneRecording(NAME, 15 * 60, 7);
      oneChunkThenHang(sim);

      await new ShellPage(page).open(app.url);
      const tx = new TranscriptionPage(page);
      await queueRecording(tx, rec);

      await app.stop(true); // SIGKILL: no chance to save anything
      sim.control.clearFaults();
      app = await launchApp({ dataDir, env });
      await new ShellPage(page).open(app.url);
      await tx.open();
      await tx.waitDone(NAME, 90_000);
      await expectFullTranscript(tx, rec);
      // A finished job's card shows no chunk cells: ask core how many chunks the recording had.
      const client = await connectApi(app.url);
      const chunks = (await client.value('transcription.list', {})).find((r) => r.name === NAME)!.chunks.total;
      expect(chunks).toBeGreaterThan(1);

      // The ledger: one billed transcription per chunk, however many times chunks were sent.
      const day = new Date().toLocaleDateString('sv'); // YYYY-MM-DD, local like the ledger
      const { csv } = await client.value('usage.exportCsv', { from: day, to: day });
      client.close();
      const [header, ...rows] = csv.trim().split(/\r\n/).map((l) => l.split(','));
      const scene = header!.indexOf('scene');
      const cost = header!.indexOf('cost_usd');
      const billed = rows.filter((r) => r[scene] === 'meeting_transcription' && Number(r[cost]) > 0);
      expect(billed).toHaveLength(chunks);
    } finally {
      await app.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
