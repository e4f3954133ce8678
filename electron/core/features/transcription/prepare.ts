import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeWithSilences, encodeChunk, probe } from '../../media/ffmpeg';
import { planChunks } from './chunk-plan';

/** Uploads are limited to 25 MB; 24 kbit/s AAC is 3 kB/s, so this also keeps chunks far under it. */
export const MAX_CHUNK_MS = 10 * 60 * 1000;
export const OVERLAP_MS = 2000;
/** Chunks are encoded this many at a time (one ffmpeg per core; its AAC encoder is single-threaded). */
const ENCODE_PARALLEL = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));

export interface PreparedChunk {
  idx: number;
  startMs: number;
  endMs: number;
  overlapMs: number;
  file: string;
  fileHash: string;
}

/**
 * The chunk length that keeps every sending slot busy until the end: as many chunks as the limit
 * requires, rounded up to a multiple of the concurrency, all about the same length (so the last
 * round is not one chunk with the other slots idle).
 */
export function balancedChunkMs(durationMs: number, concurrency: number): number {
  const needed = Math.ceil(durationMs / (MAX_CHUNK_MS - OVERLAP_MS));
  if (needed <= 1) return MAX_CHUNK_MS;
  const count = Math.ceil(needed / concurrency) * concurrency;
  return Math.min(MAX_CHUNK_MS, Math.ceil(durationMs / count) + OVERLAP_MS + 15_000);
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
export async function prepareRecording(
  source: string,
  workDir: string,
  name: string,
  opts: { signal?: AbortSignal; concurrency?: number } = {},
): Promise<{ durationMs: number; chunks: PreparedChunk[] }> {
  const { signal } = opts;
  const info = await probe(source, name);
  fs.mkdirSync(workDir, { recursive: true });
  const wav = path.join(workDir, 'speech.wav');
  try {
    const silences = await decodeWithSilences(source, wav, { signal });
    const plan = planChunks(info.durationMs, silences, { maxChunkMs: balancedChunkMs(info.durationMs, opts.concurrency ?? 1), overlapMs: OVERLAP_MS });
    const chunks: PreparedChunk[] = [];
    await inParallel(plan, ENCODE_PARALLEL, async (c) => {
      const file = path.join(workDir, `chunk-${String(c.index).padStart(4, '0')}.m4a`);
      await encodeChunk(wav, c.startMs, c.endMs, file, signal);
      const fileHash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      chunks.push({ idx: c.index, startMs: c.startMs, endMs: c.endMs, overlapMs: c.overlapMs, file, fileHash });
    });
    return { durationMs: info.durationMs, chunks: chunks.sort((a, b) => a.idx - b.idx) };
  } finally {
    fs.rmSync(wav, { force: true });
  }
}
