/**
 * Transcription benchmark: for a 3-hour recording, preparation time (decode, silence
 * detection, chunk encoding) and the transcription phase against the simulator with a fixed
 * per-chunk latency, compared with the ideal chunks ÷ concurrency × latency.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTempCore, trusted } from '../../electron/core/testing/temp-core';
import { ffmpegPaths, runTool } from '../../electron/core/media/ffmpeg';
import { prepareRecording } from '../../electron/core/features/transcription/prepare';
import type { RecordingDetail, RecordingView } from '../../shared/contract';
import { encodeToneWav, WORDS } from '../simulator/audio/tone';
import { startSimulator } from '../simulator/server';
import { round } from './stats';

const HOURS = 3;
const PIECE_MINUTES = 10;
const CHUNK_LATENCY_MS = 5000;
const CHUNK_CONCURRENCY = 3;
const CACHE = path.join(os.tmpdir(), 'atelier-bench-media');

/**
 * A 3-hour meeting as a recorder would save it (AAC in .m4a, mono 32 kHz, 32 kbit/s), with speech-like
 * bursts and pauses. Built once from a 10-minute piece by stream copy, and kept between runs.
 */
async function threeHourRecording(log: (l: string) => void): Promise<string> {
  const file = path.join(CACHE, `meeting-${HOURS}h.m4a`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  log(`making a ${HOURS}-hour test recording (once)…`);
  const slots: (string | null)[] = [];
  for (let s = 0; s < PIECE_MINUTES * 60; s++) slots.push(s % 9 < 6 ? WORDS[s % WORDS.length]! : null); // 6 s of "talk", 3 s of pause
  const wav = path.join(CACHE, 'piece.wav');
  fs.writeFileSync(wav, encodeToneWav(slots));
  const piece = path.join(CACHE, 'piece.m4a');
  const { ffmpeg } = ffmpegPaths();
  await runTool(ffmpeg, ['-loglevel', 'error', '-y', '-i', wav, '-ac', '1', '-ar', '32000', '-c:a', 'aac', '-b:a', '32k', piece]);
  const list = path.join(CACHE, 'list.txt');
  fs.writeFileSync(list, Array.from({ length: (HOURS * 60) / PIECE_MINUTES }, () => `file '${piece}'`).join('\n'));
  await runTool(ffmpeg, ['-loglevel', 'error', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', file]);
  fs.rmSync(wav);
  return file;
}

export async function benchTranscription(log: (line: string) => void): Promise<Record<string, number>> {
  const source = await threeHourRecording(log);
  const results: Record<string, number> = {};

  // --- preparation alone, as the queue runs it
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-bench-prep-'));
  let t0 = performance.now();
  const prepared = await prepareRecording(source, work, 'meeting.m4a', { concurrency: CHUNK_CONCURRENCY });
  results.transcription_prepare_s = round((performance.now() - t0) / 1000, 2);
  results.transcription_chunks = prepared.chunks.length;
  fs.rmSync(work, { recursive: true, force: true });
  log(`prepared ${HOURS} h (${round(fs.statSync(source).size / 2 ** 20, 1)} MB m4a) in ${results.transcription_prepare_s} s: ${prepared.chunks.length} chunks`);

  // --- the whole job through core against the simulator, each chunk taking a fixed latency
  const sim = await startSimulator({ routeLatencyMs: { 'audio.transcriptions': CHUNK_LATENCY_MS } });
  const temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-bench-transcribe-000' });
  try {
    const call = async <T>(name: string, input: unknown) => {
      const r = await temp.core.handle(name, input, trusted);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.value as T;
    };
    await call('providers.refreshModels', { id: 'env' });
    t0 = performance.now();
    const [rec] = await call<RecordingView[]>('transcription.add', { paths: [source], model: { providerId: 'env', model: 'gpt-4o-mini-transcribe' } });
    let transcribingFrom = 0;
    for (;;) {
      const d = await call<RecordingDetail>('transcription.get', { id: rec!.id });
      if (!transcribingFrom && d.recording.phase === 'transcribing') transcribingFrom = performance.now();
      if (d.recording.state === 'done') break;
      if (d.recording.state === 'failed') throw new Error(`the job failed: ${d.recording.error?.message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const end = performance.now();
    const chunks = (await call<RecordingDetail>('transcription.get', { id: rec!.id })).chunks.length;
    const ideal = ((chunks / CHUNK_CONCURRENCY) * CHUNK_LATENCY_MS) / 1000;
    results.transcription_chunk_latency_ms = CHUNK_LATENCY_MS;
    results.transcription_concurrency = CHUNK_CONCURRENCY;
    results.transcription_ideal_s = round(ideal, 2);
    results.transcription_phase_s = round((end - transcribingFrom) / 1000, 2);
    results.transcription_ratio = round(results.transcription_phase_s / ideal, 3);
    results.transcription_total_s = round((end - t0) / 1000, 2);
    log(`transcribed in ${results.transcription_phase_s} s vs ideal ${results.transcription_ideal_s} s (ratio ${results.transcription_ratio}); end to end with preparation ${results.transcription_total_s} s`);
  } finally {
    temp.dispose();
    await sim.close();
  }
  return results;
}
