import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { decodeToSpeechWav, detectSilences, encodeChunk, probe } from '../../media/ffmpeg';
import { planChunks } from './chunk-plan';

/** Uploads are limited to 25 MB; 32 kbit/s MP3 is 4 kB/s, so this also keeps chunks far under it. */
export const MAX_CHUNK_MS = 10 * 60 * 1000;
export const OVERLAP_MS = 2000;
/** Chunks are encoded this many at a time (ffmpeg is single-threaded for MP3). */
const ENCODE_PARALLEL = 2;

export interface PreparedChunk {
  idx: number;
  startMs: number;
  endMs: number;
  overlapMs: number;
  file: string;
  fileHash: string;
}

async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Converts a recording to compact mono speech and splits it into chunks under the upload and
 * duration limits, cut at silences. Deterministic: the same recording gives the same chunk bytes,
 * so a preparation redone after a crash hits the response cache instead of paying again.
 */
export async function prepareRecording(source: string, workDir: string, name: string, signal?: AbortSignal): Promise<{ durationMs: number; chunks: PreparedChunk[] }> {
  const info = await probe(source, name);
  fs.mkdirSync(workDir, { recursive: true });
  const wav = path.join(workDir, 'speech.wav');
  await decodeToSpeechWav(source, wav, signal);
  try {
    const silences = await detectSilences(wav, { signal });
    const plan = planChunks(info.durationMs, silences, { maxChunkMs: MAX_CHUNK_MS, overlapMs: OVERLAP_MS });
    const chunks: PreparedChunk[] = [];
    await inParallel(plan, ENCODE_PARALLEL, async (c) => {
      const file = path.join(workDir, `chunk-${String(c.index).padStart(4, '0')}.mp3`);
      await encodeChunk(wav, c.startMs, c.endMs, file, signal);
      const fileHash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      chunks.push({ idx: c.index, startMs: c.startMs, endMs: c.endMs, overlapMs: c.overlapMs, file, fileHash });
    });
    return { durationMs: info.durationMs, chunks: chunks.sort((a, b) => a.idx - b.idx) };
  } finally {
    fs.rmSync(wav, { force: true });
  }
}
