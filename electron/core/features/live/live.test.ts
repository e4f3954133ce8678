import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDS, encodeToneWav } from '../../../../e2e/simulator/audio/tone';
import { parseWav } from '../../../../e2e/simulator/audio/wav';
import type { Simulator } from '../../../../e2e/simulator/server';
import type { LiveCaption, LiveStatus, PushedEvent, RecordingDetail } from '../../../../shared/contract';
import { createTempCore, trusted, type TempCore } from '../../testing/temp-core';
import { uncovered } from './coverage';
import { simulatorPerFile } from '../../testing/simulator-per-file';

let sim: Simulator;
let temp: TempCore;

simulatorPerFile((s) => (sim = s), () => temp);

const call = <T>(name: string, input: unknown): Promise<T> => temp.call<T>(name, input);

/** A meeting: one word per second of tone with a second of silence between, as PCM16 24 kHz. */
function meeting(count: number): { pcm: Buffer; words: { word: string; at: number }[] } {
  const slots: (string | null)[] = [null];
  const words: { word: string; at: number }[] = [];
  for (let i = 0; i < count; i++) {
    words.push({ word: WORDS[i % WORDS.length]!, at: slots.length });
    slots.push(WORDS[i % WORDS.length]!, null);
  }
  slots.push(null);
  const wav = parseWav(encodeToneWav(slots, { sampleRate: 24_000 }))!;
  const pcm = Buffer.alloc(wav.samples.length * 2);
  wav.samples.forEach((s, i) => pcm.writeInt16LE(Math.round(s * 32767), i * 2));
  return { pcm, words };
}

async function setup() {
  temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-live-0000' });
  await call('providers.refreshModels', { id: 'env' });
  await call('settings.update', { defaults: { 'audio-offline': { providerId: 'env', model: 'whisper-1' } } });
  const events: PushedEvent[] = [];
  temp.core.subscribe((e) => events.push(e));
  return events;
}

const FRAME = 4800; // 100 ms
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = (pred: () => boolean) => expect.poll(pred, { timeout: 20_000, interval: 20 }).toBe(true);

describe('live meetings', () => {
  it('captions live, survives two drops and an expiry, and ends with every word once, in order, on recording time', async () => {
    const events = await setup();
    const { pcm, words } = meeting(26); // 54 s
    const started = await call<LiveStatus>('live.start', { sampleRate: 24_000 });
    const id = started.sessionId;
    const status = () => events.filter((e) => e.name === 'live.status').map((e) => e.payload as LiveStatus).at(-1);
    await until(() => status()?.link === 'live');
    let expired = false;
    for (let seq = 0, at = 0; at < pcm.length; seq++, at += FRAME) {
      const ms = at / 48;
      // Network loss at 5 s (reconnects at once, replays what it missed); a server close at 12 s with new
      // sessions refused until 36 s of audio (too long to replay: that stretch goes offline); an expiry
      // once live again after 44 s. Feeding waits for the captions to be back, whatever the machine's speed.
      if (ms === 5000) sim.control.dropRealtime('reset');
      if (ms === 12_000) sim.control.dropRealtime('close', 600_000);
      if (ms === 36_000) {
        sim.control.refuseRealtime(0);
        await until(() => status()?.link === 'live');
      }
      if (ms >= 44_000 && !expired && status()?.link === 'live') expired = sim.control.dropRealtime('expire') > 0;
      await call('live.audio', { sessionId: id, seq, bytes: pcm.subarray(at, at + FRAME) });
      await tick(10);
    }
    const captions = events.filter((e) => e.name === 'live.caption').map((e) => e.payload as LiveCaption);
    expect(captions.some((c) => !c.final)).toBe(true);
    expect(captions.filter((c) => c.final).length).toBeGreaterThan(5);
    const stopped = await call<LiveStatus>('live.stop', { sessionId: id });
    expect(stopped.state).toBe('done');
    expect(stopped.reconnects).toBeGreaterThanOrEqual(3);
    expect(stopped.costMicros).toBeGreaterThan(0);
    const recId = stopped.recordingId!;
    await expect.poll(async () => (await call<RecordingDetail>('transcription.get', { id: recId })).recording.state, { timeout: 60_000, interval: 200 }).toBe('done');
    const d = await call<RecordingDetail>('transcription.get', { id: recId });
    expect(d.segments.map((s) => s.text).join(' ').split(' ')).toEqual(words.map((w) => w.word));
    const starts = d.segments.flatMap((s) => s.text.split(' ').map(() => s.startMs));
    for (const [i, w] of words.entries()) expect(Math.abs(starts[i]! - w.at * 1000)).toBeLessThan(1000);
    expect(d.recording.durationMs).toBe(pcm.length / 48);
    // The recording names both models: the realtime one that captioned it and the offline one for the gaps.
    expect(d.recording).toMatchObject({ liveModel: started.liveModel, model: 'whisper-1' });
    // Both paths were used, and no stretch went through both.
    const live = d.chunks.filter((c) => c.state === 'done' && c.costMicros > 0);
    const offline = sim.requests.filter((r) => r.path === '/v1/audio/transcriptions');
    expect(live.length).toBeGreaterThan(0);
    expect(offline.length).toBeGreaterThan(0);
    const sorted = [...d.chunks].sort((a, b) => a.startMs - b.startMs);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startMs).toBeGreaterThanOrEqual(sorted[i - 1]!.endMs);
    expect(fs.existsSync(path.join(temp.dataDir, 'live', id))).toBe(false);
  }, 90_000);

  it('a socket closed in the middle of a word, for longer than replay covers: the word goes offline whole, once, in order', async () => {
    const events = await setup();
    const { pcm, words } = meeting(20); // words at 1, 3, 5 … s; the eighth ("hotel") at 15–16 s
    const hotel = words[7]!;
    const { sessionId } = await call<LiveStatus>('live.start', { sampleRate: 24_000 });
    const status = () => events.filter((e) => e.name === 'live.status').map((e) => e.payload as LiveStatus).at(-1);
    await until(() => status()?.link === 'live');
    const small = 960; // 20 ms, as the page sends
    const dropAt = hotel.at * 1000 + 300;
    for (let seq = 0, at = 0; at < pcm.length; seq++, at += small) {
      const ms = at / 48;
      // The server closes 300 ms into the word and refuses new sessions for longer than a replay covers.
      if (ms === dropAt) sim.control.dropRealtime('close', 600_000);
      if (ms === dropAt + 21_000) sim.control.refuseRealtime(0);
      await call('live.audio', { sessionId, seq, bytes: pcm.subarray(at, at + small) });
      if (seq % 4 === 0) await tick(20);
    }
    const stopped = await call<LiveStatus>('live.stop', { sessionId });
    expect(stopped.reconnects).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await call<RecordingDetail>('transcription.get', { id: stopped.recordingId! })).recording.state, { timeout: 60_000, interval: 200 }).toBe('done');
    const d = await call<RecordingDetail>('transcription.get', { id: stopped.recordingId! });
    expect(d.segments.map((s) => s.text).join(' ').split(' ')).toEqual(words.map((w) => w.word));
    // The offline stretch starts at the word (not inside it), and no stretch went through both paths.
    const offline = d.chunks.filter((c) => c.startMs >= hotel.at * 1000 - 1000 && c.startMs <= hotel.at * 1000 + 20);
    expect(offline.length).toBe(1);
    expect(offline[0]!.endMs - offline[0]!.startMs).toBeGreaterThan(10_000);
    const sorted = [...d.chunks].sort((a, b) => a.startMs - b.startMs);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startMs).toBeGreaterThanOrEqual(sorted[i - 1]!.endMs);
  }, 90_000);

  it('a hard realtime budget turns captions off but never the recording, which is transcribed offline', async () => {
    const events = await setup();
    await call('pipeline.updateConfig', { budgets: [{ id: 'b', scope: 'modality', target: 'audio-realtime', period: 'day', limitMicros: 0, hard: true }] });
    const { pcm, words } = meeting(3);
    const { sessionId } = await call<LiveStatus>('live.start', { sampleRate: 24_000 });
    await until(() => events.some((e) => e.name === 'live.status' && (e.payload as LiveStatus).link === 'off'));
    const off = events.map((e) => e.payload as LiveStatus).find((p) => p.link === 'off')!;
    expect(off.linkMessage).toMatch(/budget/);
    for (let seq = 0, at = 0; at < pcm.length; seq++, at += FRAME) await call('live.audio', { sessionId, seq, bytes: pcm.subarray(at, at + FRAME) });
    const stopped = await call<LiveStatus>('live.stop', { sessionId });
    expect(stopped.liveMs).toBe(0);
    expect(sim.control.state().realtime.sessions).toBe(0);
    await expect.poll(async () => (await call<RecordingDetail>('transcription.get', { id: stopped.recordingId! })).recording.state, { timeout: 30_000, interval: 200 }).toBe('done');
    const d = await call<RecordingDetail>('transcription.get', { id: stopped.recordingId! });
    expect(d.segments.map((s) => s.text).join(' ')).toBe(words.map((w) => w.word).join(' '));
  }, 60_000);

  it('a meeting cut off by a crash is recovered at the next start with all the audio that reached the disk', async () => {
    await setup();
    const { pcm } = meeting(4);
    const { sessionId } = await call<LiveStatus>('live.start', { sampleRate: 24_000 });
    for (let seq = 0, at = 0; at < pcm.length; seq++, at += FRAME) await call('live.audio', { sessionId, seq, bytes: pcm.subarray(at, at + FRAME) });
    // A second core over the same folder stands in for the next start after a kill: the first never stopped.
    const next = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-live-0000' }, temp.dataDir, false);
    try {
      await expect.poll(async () => (await next.call<{ name: string; durationMs: number | null }[]>('transcription.list', {})).length, { timeout: 20_000 }).toBe(1);
      const [rec] = await next.call<{ name: string; durationMs: number }[]>('transcription.list', {});
      expect(rec!.name).toMatch(/\(recovered\)$/);
      expect(rec!.durationMs).toBe(pcm.length / 48);
    } finally {
      next.core.stop();
    }
  }, 60_000);

  it('a reloaded page or a second window picks the meeting up: captions so far, who records, and only that capture’s frames', async () => {
    const events = await setup();
    const { pcm, words } = meeting(3);
    const { sessionId } = await call<LiveStatus>('live.start', { sampleRate: 24_000, capture: 'window-a' });
    const status = () => events.filter((e) => e.name === 'live.status').map((e) => e.payload as LiveStatus).at(-1);
    await until(() => status()?.link === 'live');
    const half = Math.floor(pcm.length / FRAME / 2) * FRAME;
    for (let seq = 0, at = 0; at < half; seq++, at += FRAME) await call('live.audio', { sessionId, capture: 'window-a', seq, bytes: pcm.subarray(at, at + FRAME) });
    await until(() => events.some((e) => e.name === 'live.caption' && (e.payload as LiveCaption).final));
    // Window A is still sending: a new page sees that someone records.
    expect((await call<LiveStatus>('live.current', {})).capturing).toBe(true);
    const so = await call<LiveCaption[]>('live.captions', { sessionId });
    expect(so.filter((c) => c.final).map((c) => c.text)).toEqual([words[0]!.word]);
    // Window A goes away (a reload): after a moment every window hears that nobody records.
    await until(() => status()?.capturing === false);
    expect((await call<LiveStatus>('live.current', {})).capturing).toBe(false);
    // Window B takes over from seq 0; A's late frames are refused as moved, never written.
    const attached = await call<LiveStatus>('live.attach', { sessionId, capture: 'window-b' });
    const before = attached.recordedMs;
    const late = await temp.core.handle('live.audio', { sessionId, capture: 'window-a', seq: 999, bytes: pcm.subarray(0, FRAME) }, trusted);
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict', details: { moved: true } } });
    for (let seq = 0, at = half; at < pcm.length; seq++, at += FRAME) await call('live.audio', { sessionId, capture: 'window-b', seq, bytes: pcm.subarray(at, at + FRAME) });
    expect((await call<LiveStatus>('live.current', {})).recordedMs).toBe(before + (pcm.length - half) / 48);
    const stopped = await call<LiveStatus>('live.stop', { sessionId });
    expect(stopped.state).toBe('done');
    expect(await call('live.current', {})).toBeNull();
    await expect.poll(async () => (await call<RecordingDetail>('transcription.get', { id: stopped.recordingId! })).recording.state, { timeout: 30_000, interval: 200 }).toBe('done');
    const d = await call<RecordingDetail>('transcription.get', { id: stopped.recordingId! });
    expect(d.segments.map((s) => s.text).join(' ')).toBe(words.map((w) => w.word).join(' '));
  }, 60_000);

  it('finds the stretches no span covers', () => {
    expect(uncovered(10_000, [{ startMs: 1000, endMs: 3000 }, { startMs: 2500, endMs: 4000 }, { startMs: 8000, endMs: 12_000 }])).toEqual([
      { startMs: 0, endMs: 1000 },
      { startMs: 4000, endMs: 8000 },
    ]);
  });
});
