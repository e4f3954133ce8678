/**
 * kill -9 of the browser-mode host at random moments during a mixed workload (a transcription queue
 * and streamed chats), and an upstream outage during the same workload.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectApi, type ApiClient } from '../api-client';
import { launchApp, type AppProcess } from '../app-process';
import { WORDS, encodeToneWav, startSimulator, type Simulator } from '../simulator';

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

async function launch(sim: Simulator, dataDir: string): Promise<{ app: AppProcess; api: ApiClient }> {
  const app = await launchApp({ dataDir, env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: KEY }, timeoutMs: 120_000 });
  return { app, api: await connectApi(app.url) };
}

async function startWork(api: ApiClient, file: string, chats: number): Promise<void> {
  await api.value('settings.update', { onboardingDone: true, defaults: { 'audio-offline': { providerId: 'env', model: 'whisper-1' }, text: { providerId: 'env', model: 'gpt-5-mini' } } });
  await api.value('providers.refreshModels', { id: 'env' });
  await api.value('pipeline.updateConfig', { policyOverrides: { 'audio-offline': { retries: 1, backoffBaseMs: 300, backoffMaxMs: 600 } } });
  await api.value('transcription.add', { paths: [file] });
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

interface DbCheck {
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
    return { integrityOk, doubleBilled: Math.max(0, billed - chunks), duplicateSegments: Math.max(0, got.length - words.length) + (got.join(' ') === words.join(' ') ? 0 : 1) };
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
  samples: string[];
}

export async function killRuns(runs: number, seconds = 900): Promise<KillFigures> {
  const f: KillFigures = { kill_runs: 0, kill_jobs_incomplete: 0, kill_double_billed: 0, kill_integrity_ok: true, kill_duplicate_segments: 0, samples: [] };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-kill-'));
  const rec = recording(work, seconds, 7);
  const sim = await startSimulator({ routeLatencyMs: { 'audio.transcriptions': 400 }, streamChunkDelayMs: 15 });
  try {
    for (let run = 0; run < runs; run++) {
      const dataDir = path.join(work, `data-${run}`);
      let { app, api } = await launch(sim, dataDir);
      await startWork(api, rec.file, 2);
      await new Promise((r) => setTimeout(r, 500 + Math.random() * 5_000));
      api.close();
      await app.stop(true); // kill -9
      ({ app, api } = await launch(sim, dataDir));
      const done = await until(allDone(api), 240_000);
      api.close();
      await app.stop();
      f.kill_runs++;
      if (!done) {
        f.kill_jobs_incomplete++;
        f.samples.push(`run ${run}: the job did not finish after the restart`);
      }
      const check = checkDatabase(dataDir, rec.words);
      f.kill_integrity_ok &&= check.integrityOk;
      f.kill_double_billed += check.doubleBilled;
      if (done) f.kill_duplicate_segments += check.duplicateSegments;
    }
  } finally {
    await sim.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  return f;
}

export interface OutageFigures {
  outage_lost: number;
  outage_resume_s: number;
  samples: string[];
}

/** The upstream goes away for `outageMs` in the middle of the work, then comes back on the same port. */
export async function outage(outageMs: number, seconds = 900): Promise<OutageFigures> {
  const f: OutageFigures = { outage_lost: 0, outage_resume_s: NaN, samples: [] };
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
    const resumed = await until(async () => sim.requests.find((r) => r.route === 'audio.transcriptions' && r.status === 200) ?? null, 120_000);
    f.outage_resume_s = resumed ? Math.round(((resumed.time + (resumed.durationMs ?? 0) - back) / 1000) * 10) / 10 : Infinity;
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
