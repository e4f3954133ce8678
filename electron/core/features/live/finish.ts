/**
 * After a live meeting (or at the next start, after a crash): the segments become one WAV recording,
 * and a normal transcription job is queued for it. Turns the live captions completed are chunks that
 * are already done (their text, their live cost); every other stretch with sound becomes a pending chunk
 * for the offline queue, so nothing is sent or billed twice. Asked for speakers, the whole recording
 * goes through the diarize model instead.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { estimateTranscription, isPriceUnknown } from '../../../../shared/pricing';
import type { LiveRepo, LiveSessionRow } from '../../db/repos/live';
import { encodeChunk } from '../../media/ffmpeg';
import { MAX_CHUNK_MS, OVERLAP_MS } from '../transcription/prepare';
import { soundingPart } from './audio';
import { pieces, uncovered } from './coverage';
import { readRange, writeWav } from './segments';

export const DIARIZE_MODEL = 'gpt-4o-transcribe-diarize';

export interface AdoptChunk {
  startMs: number;
  endMs: number;
  overlapMs: number;
  file: string;
  fileHash: string;
  /** Already transcribed (live): its result and cost. */
  done?: { requestId: string; costMicros: number; result: { text: string; segments: { start: number; end: number; text: string }[] } };
}

export interface AdoptRecording {
  id: string;
  name: string;
  sourcePath: string;
  bytes: number;
  durationMs: number;
  providerId: string;
  model: string;
  language: string | null;
  estimateMicros: number | null;
}

export interface FinishDeps {
  repo: LiveRepo;
  dataDir: string;
  priceOverrides: () => Parameters<typeof estimateTranscription>[2];
  /** Hands the recording and its chunks to the transcription queue. */
  adopt(recording: AdoptRecording, chunks: AdoptChunk[]): void;
}

export async function finishRecording(deps: FinishDeps, row: LiveSessionRow, dir: string, opts: { recovered?: boolean } = {}): Promise<string> {
  const id = crypto.randomUUID();
  const wav = path.join(deps.dataDir, 'recordings', id, 'original.wav');
  const durationMs = Math.floor(writeWav(dir, wav));
  const model = row.diarize ? DIARIZE_MODEL : row.offlineModel;
  const chunks: AdoptChunk[] = [];
  let offlineMs = durationMs;
  if (!row.diarize) {
    const spans = deps.repo.spans(row.id);
    for (const s of spans) {
      const endMs = Math.min(durationMs, s.endMs);
      if (s.kind !== 'speech' || !s.text || endMs <= s.startMs) continue;
      chunks.push({
        startMs: s.startMs,
        endMs,
        overlapMs: 0,
        file: '',
        fileHash: 'live',
        done: { requestId: 'live', costMicros: s.costMicros, result: { text: s.text, segments: [{ start: 0, end: (endMs - s.startMs) / 1000, text: s.text }] } },
      });
    }
    const work = path.join(deps.dataDir, 'transcription-work', id);
    fs.mkdirSync(work, { recursive: true });
    offlineMs = 0;
    for (const gap of uncovered(durationMs, spans)) {
      const sounding = soundingPart(readRange(dir, gap.startMs, gap.endMs), gap.startMs);
      if (!sounding) continue;
      for (const p of pieces({ startMs: Math.floor(sounding.startMs), endMs: Math.ceil(sounding.endMs) }, MAX_CHUNK_MS, OVERLAP_MS)) {
        const file = path.join(work, `gap-${String(chunks.length).padStart(4, '0')}.m4a`);
        await encodeChunk(wav, p.startMs, p.endMs, file);
        chunks.push({ ...p, file, fileHash: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') });
        offlineMs += p.endMs - p.startMs;
      }
    }
    // A meeting with nothing to send: one empty, finished chunk, so the queue does not transcribe silence.
    if (chunks.length === 0) chunks.push({ startMs: 0, endMs: durationMs, overlapMs: 0, file: '', fileHash: 'live', done: { requestId: 'live', costMicros: 0, result: { text: '', segments: [] } } });
    chunks.sort((a, b) => a.startMs - b.startMs);
  }
  const estimate = estimateTranscription(model, offlineMs / 1000, deps.priceOverrides());
  deps.adopt(
    {
      id,
      name: opts.recovered ? `${row.name} (recovered)` : row.name,
      sourcePath: wav,
      bytes: fs.statSync(wav).size,
      durationMs,
      providerId: row.providerId,
      model,
      language: row.language,
      estimateMicros: isPriceUnknown(estimate) ? null : estimate,
    },
    chunks,
  );
  deps.repo.finished(row.id, id);
  fs.rmSync(dir, { recursive: true, force: true });
  return id;
}
