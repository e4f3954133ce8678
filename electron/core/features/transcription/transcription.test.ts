import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDS, encodeToneWav } from '../../../../e2e/simulator/audio/tone';
import type { Simulator } from '../../../../e2e/simulator/server';
import type { RecordingDetail, RecordingView } from '../../../../shared/contract';
import { createTempCore, trusted, type TempCore } from '../../testing/temp-core';
import { simulatorPerFile } from '../../testing/simulator-per-file';

let sim: Simulator;
let temp: TempCore;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-rec-'));

simulatorPerFile((s) => (sim = s), () => temp);

const call = <T>(name: string, input: unknown): Promise<T> => temp.call<T>(name, input);

/** A recording with a word every `every` seconds (1 s tone each), silence between: its transcript is known. */
function recording(name: string, seconds: number, every: number): { file: string; words: { word: string; at: number }[] } {
  const slots: (string | null)[] = Array.from({ length: seconds }, () => null);
  const words: { word: string; at: number }[] = [];
  for (let t = 3, i = 0; t < seconds - 1; t += every, i++) {
    const word = WORDS[i % WORDS.length]!;
    slots[t] = word;
    words.push({ word, at: t });
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, encodeToneWav(slots));
  return { file, words };
}

async function setup(model: string) {
  temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-transcribe-0000' });
  await call('providers.refreshModels', { id: 'env' });
  await call('settings.update', { defaults: { 'audio-offline': { providerId: 'env', model } } });
}

const waitDone = (id: string) =>
  expect.poll(async () => (await call<RecordingDetail>('transcription.get', { id })).recording.state, { timeout: 60_000, interval: 200 }).toBe('done');

describe('transcription queue', () => {
  it('splits a recording over 25 MB into chunks and stitches them with original timestamps, no word lost or repeated', async () => {
    await setup('whisper-1');
    const rec = recording('all-hands.wav', 15 * 60, 7); // 15 min of 16 kHz WAV ≈ 28.8 MB
    expect(fs.statSync(rec.file).size).toBeGreaterThan(25 * 1024 * 1024);
    const [added] = await call<RecordingView[]>('transcription.add', { paths: [rec.file] });
    await waitDone(added!.id);
    const d = await call<RecordingDetail>('transcription.get', { id: added!.id });
    expect(d.chunks.length).toBeGreaterThan(1);
    expect(d.segments.map((s) => s.text)).toEqual(rec.words.map((w) => w.word));
    for (const [i, s] of d.segments.entries()) expect(Math.abs(s.startMs - rec.words[i]!.at * 1000)).toBeLessThan(400);
    const transcriptions = sim.requests.filter((r) => r.path === '/v1/audio/transcriptions');
    expect(transcriptions).toHaveLength(d.chunks.length);
    expect(d.recording.costMicros).toBeGreaterThan(0);
  }, 90_000);

  it('refuses a file that is not audio at once, naming it, and queues none of the batch', async () => {
    await setup('gpt-4o-transcribe');
    const good = recording('standup.wav', 20, 4);
    const bad = path.join(dir, 'notes.mp3');
    fs.writeFileSync(bad, 'Agenda: budget, hiring, launch date.\n'.repeat(50));
    const refused = await temp.core.handle('transcription.add', { paths: [good.file, bad] }, trusted);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported_format', details: { reason: 'not_audio', file: 'notes.mp3', permanent: true } } });
    expect(!refused.ok && refused.error.message).toMatch(/"notes\.mp3" is not a recording Atelier can read/);
    expect(await call<RecordingView[]>('transcription.list', {})).toEqual([]);
    expect(sim.requests.filter((r) => r.path === '/v1/audio/transcriptions')).toHaveLength(0);
    // The file was the user's own: it is left where it was.
    expect(fs.existsSync(bad)).toBe(true);

    const [ok] = await call<RecordingView[]>('transcription.add', { paths: [good.file] });
    expect(ok!.durationMs).toBe(20_000);
    await waitDone(ok!.id);
    // gpt-4o-transcribe gives no timestamps: the screen is told its segment times are estimates.
    expect((await call<RecordingDetail>('transcription.get', { id: ok!.id })).approximateTimes).toBe(true);
  }, 60_000);

  it('labels speakers with the diarizing model, renames them once, and exports SRT and DOCX with the names', async () => {
    await setup('gpt-4o-transcribe-diarize');
    const rec = recording('interview.wav', 30, 5);
    const [added] = await call<RecordingView[]>('transcription.add', { paths: [rec.file] });
    await waitDone(added!.id);
    let d = await call<RecordingDetail>('transcription.get', { id: added!.id });
    const labels = [...new Set(d.segments.map((s) => s.speaker))];
    expect(labels.length).toBeGreaterThan(1);
    d = await call<RecordingDetail>('transcription.renameSpeaker', { id: added!.id, label: labels[0], name: 'Ana Lima' });
    expect(d.speakerNames[labels[0]!]).toBe('Ana Lima');
    const srt = await call<{ content: string }>('transcription.export', { id: added!.id, format: 'srt' });
    expect(srt.content).toMatch(/^1\n00:00:0\d,\d{3} --> 00:00:0\d,\d{3}\nAna Lima: /);
    const docx = await call<{ content: string; encoding: string }>('transcription.export', { id: added!.id, format: 'docx' });
    expect(docx.encoding).toBe('base64');
    const bytes = Buffer.from(docx.content, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const { default: zlib } = await import('node:zlib');
    const nameAt = bytes.indexOf('word/document.xml');
    expect(nameAt).toBeGreaterThan(0);
    const xml = zlib.inflateRawSync(bytes.subarray(nameAt + 'word/document.xml'.length, bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])))).toString();
    expect(xml).toContain('Ana Lima:');
  }, 60_000);

  it('writes minutes from a finished transcript and finds it by search', async () => {
    await setup('whisper-1');
    const rec = recording('planning.wav', 40, 3);
    const [added] = await call<RecordingView[]>('transcription.add', { paths: [rec.file] });
    await waitDone(added!.id);
    const d = await call<RecordingDetail>('transcription.minutes', { id: added!.id });
    expect(d.minutes?.content).toContain('Simulated reply');
    const hits = await call<{ recordingId: string }[]>('transcription.search', { query: rec.words[2]!.word });
    expect(hits.some((h) => h.recordingId === added!.id)).toBe(true);
  }, 60_000);
});
