/**
 * kill -9 of the browser-mode host at random moments during a mixed workload (a transcription queue,
 * streamed chats, an image-analysis batch and image generations), and an upstream outage during the
 * same workload.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectApi, type ApiClient } from '../api-client';
import { launchApp, type AppProcess } from '../app-process';
import { WORDS, encodeToneWav, startSimulator, type Simulator } from '../simulator';
import { phonePhoto } from '../../electron/core/testing/photos';

/** Images in the kill workload's analysis batch, and generations queued in the studio. */
const PHOTOS = 6;
const GENERATIONS = 2;
/** Upstream latencies that keep every kind of work in flight when the kill comes. */
const LATENCIES = { 'audio.transcriptions': 400, chat: 300, 'images.generations': 1_500 };

const KEY = 'sk-faults-0000000000000000';

function recording(dir: string, seconds: number, every: number): { file: string; words: string[] } {
  const slots: (string | null)[] = Array.from({ length: seconds }, () => null);
  const words: string[] = [];
  for (let t = 3, i = 0; t < seconds - 1; t += every, i++) {
    slots[t] = WORDS[i % WORDS.length]!;
    words.push(WORDS[i % WORDS.length]!);
  }
  const file = path.join(dir, `meeting-${seconds}.wav`);
  fs.writeFileSync(file, encodeToneWav(slots));
  return { file, words };
}

async function photoFolder(dir: string): Promise<string> {
  const folder = path.join(dir, 'photos');
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < PHOTOS; i++) fs.writeFileSync(path.join(folder, `IMG_${i}.jpg`), await phonePhoto({ width: 800, height: 600, seed: i + 1 }));
  return folder;
}

async function launch(sim: Simulator, dataDir: string): Promise<{ app: AppProcess; api: ApiClient }> {
  const app = await launchApp({ dataDir, env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: KEY }, timeoutMs: 120_000 });
  return { app, api: await connectApi(app.url) };
}

async function startWork(api: ApiClient, file: string, chats: number, photos?: string): Promise<void> {
  await api.value('settings.update', { onboardingDone: true, defaults: { 'audio-offline': { providerId: 'env', model: 'whisper-1' }, text: { providerId: 'env', model: 'gpt-5-mini' } } });
  await api.value('providers.refreshModels', { id: 'env' });
  await api.value('pipeline.updateConfig', { policyOverrides: { 'audio-offline': { retries: 1, backoffBaseMs: 300, backoffMaxMs: 600 } } });
  await api.value('transcription.add', { paths: [file] });
  if (photos) {
    const d = await api.value('vision.createBatch', { paths: [photos], recipeId: 'builtin-tag' });
    await api.value('vision.start', { batchId: d.batch.id, recipeId: 'builtin-tag', model: { providerId: 'env', model: 'gpt-5-mini' }, detail: 'low' });
    for (let i = 0; i < GENERATIONS; i++) {
      await api.value('studio.generate', { providerId: 'env', model: 'gpt-image-2', prompt: `A lighthouse at dusk, take ${i}`, params: { n: 1, size: '1024x1024', quality: 'low', partialImages: 0 }, confirmed: true });
    }
  }
  for (let i = 0; i < chats; i++) {
    const c = await api.value('chat.create', { title: `stream ${i}` });
    await api.value('chat.send', { conversationId: c.id, text: `SIM_REPLY_TOKENS=400 long answer ${i}` });
  }
}

async function until<T>(fn: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await fn().catch(() => null);
    if (v !== null) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
  return null;
}

const allDone = (api: ApiClient) => async () => {
  const list = await api.value('transcription.list', {});
  return list.length > 0 && list.every((r) => r.phase === 'done') ? list : null;
};

/**
 * Everything finished: recordings transcribed, analysis batches done, generations done. A generation that
 * was in flight at the kill is 'interrupted' by design (never sent again by itself, so never paid twice):
 * it is retried once, as the user would with one click.
 */
const everythingDone = (api: ApiClient) => {
  const retried = new Set<string>();
  return async () => {
    if (!(await allDone(api)())) return null;
    const batches = await api.value('vision.batches', {});
    if (!batches.every((b) => b.state === 'done')) return null;
    const generations = await api.value('studio.generations', { limit: 100 });
    for (const g of generations) {
      if (g.state === 'interrupted' && !retried.has(g.id)) {
        retried.add(g.id);
        await api.value('studio.retry', { id: g.id });
      }
    }
    return generations.every((g) => g.state === 'done') ? { batches: batches.length, generations: generations.length, retried: retried.size } : null;
  };
};

interface DbCheck {
  images: { analysed: number; generated: number };
  integrityOk: boolean;
  doubleBilled: number;
  duplicateSegments: number;
}

function checkDatabase(dataDir: string, words: string[]): DbCheck {
  const file = fs.readdirSync(dataDir).find((f) => f.endsWith('.db'));
  const db = new Database(path.join(dataDir, file ?? 'atelier.db'), { readonly: true });
  try {
    const integrityOk = (db.pragma('integrity_check', { simple: true }) as string) === 'ok';
    const billed = (db.prepare("SELECT count(*) AS n FROM ledger WHERE modality = 'audio-offline' AND outcome = 'ok' AND billing != 'none' AND cached = 0").get() as { n: number }).n;
    const chunks = (db.prepare('SELECT count(*) AS n FROM recording_chunks WHERE cached = 0').get() as { n: number }).n;
    const texts = (db.prepare('SELECT text FROM transcript_segments ORDER BY recording_id, idx').all() as Array<{ text: string }>).map((r) => r.text);
    const got = texts.join(' ').split(/\s+/).filter(Boolean);
    // Images: no analysis billed beyond the images analysed, no generation beyond the images kept.
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const visionBilled = count("SELECT count(*) AS n FROM ledger WHERE scene = 'image_analysis' AND outcome = 'ok' AND billing != 'none' AND cached = 0");
    const analysed = count("SELECT count(*) AS n FROM vision_items WHERE state = 'done'");
    const studioBilled = count("SELECT count(*) AS n FROM ledger WHERE scene = 'image_studio' AND modality = 'image-generation' AND outcome = 'ok' AND billing != 'none' AND cached = 0");
    const kept = count('SELECT count(*) AS n FROM studio_outputs');
    const doubleBilled = Math.max(0, billed - chunks) + Math.max(0, visionBilled - analysed) + Math.max(0, studioBilled - kept);
    return { images: { analysed, generated: kept }, integrityOk, doubleBilled, duplicateSegments: Math.max(0, got.length - words.length) + (got.join(' ') === words.join(' ') ? 0 : 1) };
  } finally {
    db.close();
  }
}

export interface KillFigures {
  kill_runs: number;
  kill_jobs_incomplete: number;
  kill_double_billed: number;
  kill_integrity_ok: boolean;
  kill_duplicate_segments: number;
  /** Images analysed and generated across the runs (the image queues were part of the workload). */
  kill_images_analysed: number;
  kill_images_generated: number;
  samples: string[];
}

export async function killRuns(runs: number, seconds = 900): Promise<KillFigures> {
  const f: KillFigures = { kill_runs: 0, kill_jobs_incomplete: 0, kill_double_billed: 0, kill_integrity_ok: true, kill_duplicate_segments: 0, kill_images_analysed: 0, kill_images_generated: 0, samples: [] };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-kill-'));
  const rec = recording(work, seconds, 7);
  const photos = await photoFolder(work);
  const sim = await startSimulator({ routeLatencyMs: LATENCIES, streamChunkDelayMs: 15 });
  try {
    for (let run = 0; run < runs; run++) {
      const dataDir = path.join(work, `data-${run}`);
      let { app, api } = await launch(sim, dataDir);
      await startWork(api, rec.file, 2, photos);
      await new Promise((r) => setTimeout(r, 500 + Math.random() * 5_000));
      api.close();
      await app.stop(true); // kill -9
      ({ app, api } = await launch(sim, dataDir));
      const done = await until(everythingDone(api), 240_000);
      api.close();
      await app.stop();
      f.kill_runs++;
      if (done?.retried) f.samples.push(`run ${run}: ${done.retried} generation(s) in flight at the kill were interrupted and retried by hand`);
      if (!done) {
        f.kill_jobs_incomplete++;
        f.samples.push(`run ${run}: the job did not finish after the restart`);
      }
      const check = checkDatabase(dataDir, rec.words);
      f.kill_integrity_ok &&= check.integrityOk;
      f.kill_double_billed += check.doubleBilled;
      f.kill_images_analysed += check.images.analysed;
      f.kill_images_generated += check.images.generated;
      if (done) f.kill_duplicate_segments += check.duplicateSegments;
      // A run that went wrong keeps its data folder (database and logs) for whoever looks into it.
      if (!done || check.doubleBilled || check.duplicateSegments || !check.integrityOk) {
        const kept = path.join(os.tmpdir(), `atelier-kill-failed-${Date.now()}-run${run}`);
        fs.cpSync(dataDir, kept, { recursive: true });
        f.samples.push(`run ${run}: data folder kept at ${kept}`);
      }
    }
  } finally {
    await sim.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  return f;
}

export interface OutageFigures {
  outage_lost: number;
  /** From the upstream's return to the first transcription request reaching it. */
  outage_resume_s: number;
  /** From the upstream's return to the first transcription answered (includes the upstream's own time). */
  outage_first_answer_s: number;
  samples: string[];
}

/** The upstream goes away for `outageMs` in the middle of the work, then comes back on the same port. */
export async function outage(outageMs: number, seconds = 900): Promise<OutageFigures> {
  const f: OutageFigures = { outage_lost: 0, outage_resume_s: NaN, outage_first_answer_s: NaN, samples: [] };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-outage-'));
  const rec = recording(work, seconds, 7);
  let sim = await startSimulator({ routeLatencyMs: { 'audio.transcriptions': 400 } });
  const port = sim.port;
  const { app, api } = await launch(sim, path.join(work, 'data'));
  try {
    await startWork(api, rec.file, 1);
    await new Promise((r) => setTimeout(r, 2_000));
    await sim.close(); // the network goes away
    const during = await api.value('chat.create', { title: 'during the outage' });
    await api.call('chat.send', { conversationId: during.id, text: 'sent while offline' });
    await new Promise((r) => setTimeout(r, outageMs));
    sim = await startSimulator({ port, routeLatencyMs: { 'audio.transcriptions': 400 } });
    const back = Date.now();
    // Work resumed when the first chunk reached the upstream again; its answer comes after the upstream
    // has transcribed it (seconds for a five-minute chunk, more on a loaded machine), reported beside it.
    const sentAgain = await until(async () => sim.requests.find((r) => r.route === 'audio.transcriptions') ?? null, 120_000);
    f.outage_resume_s = sentAgain ? Math.round(((sentAgain.time - back) / 1000) * 10) / 10 : Infinity;
    const resumed = await until(async () => sim.requests.find((r) => r.route === 'audio.transcriptions' && r.status === 200) ?? null, 120_000);
    f.outage_first_answer_s = resumed ? Math.round(((resumed.time + (resumed.durationMs ?? 0) - back) / 1000) * 10) / 10 : Infinity;
    const done = await until(allDone(api), 240_000);
    if (!done) f.outage_lost++;
    const opened = await api.value('chat.open', { id: during.id });
    if (!JSON.stringify(opened).includes('sent while offline')) {
      f.outage_lost++;
      f.samples.push('the message sent during the outage is gone');
    }
  } finally {
    api.close();
    await app.stop();
    await sim.close();
  }
  const check = checkDatabase(path.join(work, 'data'), rec.words);
  if (check.duplicateSegments) f.samples.push('transcript differs from the recording after the outage');
  f.outage_lost += check.duplicateSegments ? 1 : 0;
  fs.rmSync(work, { recursive: true, force: true });
  return f;
}
