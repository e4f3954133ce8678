import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_MEETING, DEMO_MINUTES, writeDemoRecording } from '../../../../e2e/simulator/audio/demo-meeting';
import { startSimulator, type Simulator } from '../../../../e2e/simulator/server';
import type { RecordingDetail, RecordingView } from '../../../../shared/contract';
import { createTempCore, type TempCore } from '../../testing/temp-core';

let sim: Simulator;
let temp: TempCore;

beforeAll(async () => {
  sim = await startSimulator({ demo: true, streamChunkDelayMs: 0 });
});
afterAll(async () => {
  temp?.dispose();
  await sim.close();
});

it('npm run demo queues the demo recording once, and it comes back as a three-person meeting with minutes; one passage can move to another speaker', async () => {
  const file = await writeDemoRecording(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-demo-')), 'Weekly product sync.m4a'));
  temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-sim-demo-key-0000', ATELIER_SIMULATOR: '1', ATELIER_DEMO_RECORDING: file });
  await expect.poll(async () => (await temp.call<RecordingView[]>('transcription.list', {})).map((r) => r.state), { timeout: 60_000, interval: 250 }).toEqual(['done']);
  const [rec] = await temp.call<RecordingView[]>('transcription.list', {});
  expect(rec!.model).toBe('gpt-4o-transcribe-diarize');
  let d = await temp.call<RecordingDetail>('transcription.get', { id: rec!.id });
  expect(d.segments.map((s) => s.text)).toEqual(DEMO_MEETING.map((t) => t.text));
  expect(d.segments.map((s) => s.speaker)).toEqual(DEMO_MEETING.map((t) => t.speaker));
  expect(d.approximateTimes).toBe(false);

  // One passage moves to another speaker; the rest of that speaker's turns and the names stay as they were.
  await temp.call('transcription.renameSpeaker', { id: rec!.id, label: 'A', name: 'Maya' });
  d = await temp.call<RecordingDetail>('transcription.moveSegment', { id: rec!.id, idx: 2, speaker: 'C' });
  expect(d.segments.map((s) => s.speaker)).toEqual(DEMO_MEETING.map((t, i) => (i === 2 ? 'C' : t.speaker)));
  expect(d.speakerNames).toEqual({ A: 'Maya' });
  d = await temp.call<RecordingDetail>('transcription.moveSegment', { id: rec!.id, idx: 2, speaker: 'D' });
  expect(d.segments[2]!.speaker).toBe('D');
  await expect(temp.call('transcription.moveSegment', { id: rec!.id, idx: 999, speaker: 'A' })).rejects.toMatchObject({ code: 'not_found' });

  d = await temp.call<RecordingDetail>('transcription.minutes', { id: rec!.id });
  expect(d.minutes?.content).toBe(DEMO_MINUTES);
  // Queued once: a marker beside the file remembers it.
  expect(fs.existsSync(`${file}.queued`)).toBe(true);
}, 90_000);
