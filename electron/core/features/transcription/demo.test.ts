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

it('npm run demo queues the demo recording once, and it comes back as a three-person meeting with minutes', async () => {
  const file = await writeDemoRecording(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-demo-')), 'Weekly product sync.m4a'));
  temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-sim-demo-key-0000', ATELIER_SIMULATOR: '1', ATELIER_DEMO_RECORDING: file });
  await expect.poll(async () => (await temp.call<RecordingView[]>('transcription.list', {})).map((r) => r.state), { timeout: 60_000, interval: 250 }).toEqual(['done']);
  const [rec] = await temp.call<RecordingView[]>('transcription.list', {});
  expect(rec!.model).toBe('gpt-4o-transcribe-diarize');
  let d = await temp.call<RecordingDetail>('transcription.get', { id: rec!.id });
  expect(d.segments.map((s) => s.text)).toEqual(DEMO_MEETING.map((t) => t.text));
  expect(d.segments.map((s) => s.speaker)).toEqual(DEMO_MEETING.map((t) => t.speaker));
  d = await temp.call<RecordingDetail>('transcription.minutes', { id: rec!.id });
  expect(d.minutes?.content).toBe(DEMO_MINUTES);
  // Queued once: a marker beside the file remembers it.
  expect(fs.existsSync(`${file}.queued`)).toBe(true);
}, 90_000);
