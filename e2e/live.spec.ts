import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectApi } from './api-client';
import { launchApp } from './app-process';
import { captureReport, watchCapture } from './capture-watch';
import { E2E_KEY, expect, test } from './fixtures';
import { LivePage } from './pages/live';
import { ShellPage } from './pages/shell';
import { TranscriptionPage } from './pages/transcription';
import { parseWav } from './simulator/audio/wav';
import { analyseTones, encodeToneWav, WORDS } from './simulator/index';

/**
 * Live meetings in browser mode with Chromium's fake microphone playing a WAV this file writes: one
 * tone-code word per second with a second of silence between (the simulator hears the words).
 */
const LEAD_S = 2;
const COUNT = 24;
const WORD_AT = Array.from({ length: COUNT }, (_, i) => LEAD_S + 2 * i);
const words = WORD_AT.map((_, i) => WORDS[i % WORDS.length]!);
const wav = path.join(os.tmpdir(), `atelier-live-meeting-${process.pid}.wav`);
const slots: (string | null)[] = [...Array(LEAD_S).fill(null)];
for (const w of words) slots.push(w, null);
slots.push(...Array(40).fill(null));
fs.writeFileSync(wav, encodeToneWav(slots, { sampleRate: 48_000 }));

test.use({
  launchOptions: {
    executablePath: ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)),
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`, '--autoplay-policy=no-user-gesture-required'],
  },
  permissions: ['microphone'],
  // The fake microphone is real time: a trace's screencast takes enough CPU on a busy machine to starve
  // Chromium's capture thread, which then drops audio before the page ever sees it.
  trace: 'off',
});

async function prepare(url: string): Promise<void> {
  const client = await connectApi(url);
  await client.value('providers.refreshModels', { id: 'env' });
  await client.value('settings.update', { onboardingDone: true, defaults: { 'audio-offline': { providerId: 'env', model: 'whisper-1' }, text: { providerId: 'env', model: 'gpt-5-mini' } } });
  client.close();
}

/** Where the first word starts in the recording (ms): the fake microphone starts before the recording does. */
function firstOnsetMs(file: string): number {
  const pcm = parseWav(fs.readFileSync(file))!;
  const i = pcm.samples.findIndex((s) => Math.abs(s) > 0.05);
  return (i * 1000) / pcm.sampleRate;
}

/** The tone words a recording holds, one per loud run (what Chromium's fake microphone actually delivered). */
function wordsIn(file: string): string[] {
  const { samples, sampleRate } = parseWav(fs.readFileSync(file))!;
  const found: string[] = [];
  for (let i = 0; i < samples.length; ) {
    while (i < samples.length && Math.abs(samples[i]!) < 0.05) i++;
    let last = i;
    let j = i;
    for (; j < samples.length && j - last < sampleRate / 10; j++) if (Math.abs(samples[j]!) >= 0.05) last = j;
    if (i < samples.length) found.push(...analyseTones(samples.slice(i, last + 1), sampleRate).map((w) => (w.kind === 'word' ? w.word : w.kind)));
    i = j;
  }
  return found;
}

test.describe('live meetings', () => {
  test('captions while recording, two dropped sockets, then every word once, in order, on time; minutes come out', async ({ page, sim, simApp }, testInfo) => {
    test.setTimeout(240_000);
    await prepare(simApp.url);
    await watchCapture(page);
    await new ShellPage(page).open(simApp.url);
    const tx = new TranscriptionPage(page);
    await tx.open();
    const live = new LivePage(page);
    await live.start();
    await live.waitForCaption(words[0]!);
    await expect(live.link()).toHaveText(/Live captions/);
    const shots = process.env.LIVE_SHOTS_DIR;
    if (shots) await page.setViewportSize({ width: 1440, height: 900 });
    // Network loss: the captions reconnect at once and replay what they missed.
    await live.waitForCaption(words[2]!);
    sim.control.dropRealtime('reset');
    await expect(live.link()).toHaveText(/1 reconnect/, { timeout: 15_000 });
    // A server close with the service refusing new sessions for 22 s: that stretch goes to the offline queue.
    await live.waitForCaption(words[6]!);
    if (shots) {
      await page.screenshot({ path: path.join(shots, 'live-meeting-light.png') });
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      await page.screenshot({ path: path.join(shots, 'live-meeting-dark.png') });
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    }
    sim.control.dropRealtime('close', 22_000);
    await expect(live.link()).toHaveText(/Reconnecting/, { timeout: 5000 });
    await expect(live.link()).toHaveText(/Live captions.*2 reconnects/, { timeout: 60_000 });
    await live.waitForCaption(words.at(-1)!, 60_000);
    const capture = await captureReport(page);
    await live.stop();

    const client = await connectApi(simApp.url);
    const [rec] = await client.value('transcription.list', {});
    await expect.poll(async () => (await client.value('transcription.get', { id: rec!.id })).recording.state, { timeout: 60_000 }).toBe('done');
    const d = await client.value('transcription.get', { id: rec!.id });
    const original = path.join(simApp.dataDir, 'recordings', rec!.id, 'original.wav');
    // A starved machine makes Chromium drop microphone audio before the page sees it: say so rather than blame the transcript.
    // Such a recording is kept with the report (the data folder is deleted), with what the page saw of the capture.
    const delivered = wordsIn(original);
    if (delivered.join() !== words.join()) await testInfo.attach('original.wav', { path: original, contentType: 'audio/wav' });
    expect(delivered, `the fake microphone delivered every word into the recording (${capture})`).toEqual(words);
    const said = d.segments.flatMap((s) => s.text.split(' '));
    expect(said).toEqual(words);
    // Recording time of each word: the WAV's time shifted by where the first word starts in the recording.
    const shift = firstOnsetMs(original) - WORD_AT[0]! * 1000;
    const starts = d.segments.flatMap((s) => s.text.split(' ').map((_, k) => s.startMs + k * 2000));
    for (const [i, at] of WORD_AT.entries()) expect(Math.abs(starts[i]! - (at * 1000 + shift))).toBeLessThan(1000);
    // Both paths were used, and each stretch of audio went through only one of them.
    expect(sim.requests.filter((r) => r.path === '/v1/audio/transcriptions').length).toBeGreaterThan(0);
    const chunks = [...d.chunks].sort((a, b) => a.startMs - b.startMs);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.startMs).toBeGreaterThanOrEqual(chunks[i - 1]!.endMs);

    // The transcript opened as a normal one, and the minutes come out.
    await expect(tx.segmentTexts().first()).toHaveText(words[0]!, { timeout: 30_000 });
    if (shots) {
      await page.screenshot({ path: path.join(shots, 'live-result-light.png') });
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      await page.screenshot({ path: path.join(shots, 'live-result-dark.png') });
    }
    const withMinutes = await client.value('transcription.minutes', { id: rec!.id });
    expect(withMinutes.minutes?.content.length).toBeGreaterThan(20);
    client.close();
  });

  test('a reload mid-meeting picks the meeting up (captions so far, resume here); a second window sees it and can stop it', async ({ page, simApp }) => {
    test.setTimeout(180_000);
    await prepare(simApp.url);
    await new ShellPage(page).open(simApp.url);
    await new TranscriptionPage(page).open();
    const live = new LivePage(page);
    await live.start();
    await live.waitForCaption(words[1]!);
    await page.reload();
    await new ShellPage(page).waitReady();
    // The meeting is shown again with what was said so far; no window records until this one resumes.
    await expect(live.panel).toBeVisible({ timeout: 15_000 });
    await live.waitForCaption(words[0]!, 5000);
    await live.waitForCaption(words[1]!, 5000);
    await expect(live.detached()).toHaveAttribute('data-elsewhere', 'false', { timeout: 15_000 });
    const shots = process.env.LIVE_SHOTS_DIR;
    if (shots) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.screenshot({ path: path.join(shots, 'live-reloaded-light.png') });
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      await page.screenshot({ path: path.join(shots, 'live-reloaded-dark.png') });
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    }
    const before = await live.finalCaptions().allTextContents();
    await page.getByTestId('live-record-here').click();
    await expect(live.detached()).toHaveCount(0);
    // New words are captioned from this window's microphone.
    await expect.poll(async () => (await live.finalCaptions().allTextContents()).filter((t) => !before.includes(t)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(page.getByTestId('live-level').locator('.is-on').first()).toBeVisible({ timeout: 15_000 });

    // A second window shows the same meeting, says another window records it, and stops it for both.
    const second = await page.context().newPage();
    await second.goto(page.url());
    const other = new LivePage(second);
    await expect(other.panel).toBeVisible({ timeout: 30_000 });
    await expect(other.detached()).toHaveAttribute('data-elsewhere', 'true');
    if (shots) await second.screenshot({ path: path.join(shots, 'live-second-window-light.png') });
    // (The fake microphone starts its file again for each capture, so the words after the reload repeat the first ones.)
    expect((await other.finalCaptions().allTextContents()).slice(0, before.length)).toEqual(before);
    await other.stop();
    await expect(live.panel).toHaveCount(0, { timeout: 30_000 });
    if (shots) {
      // The result: the recording as a normal transcript (live text plus what went offline), light and dark.
      await second.setViewportSize({ width: 1440, height: 900 });
      await expect(new TranscriptionPage(second).segmentTexts().first()).toBeVisible({ timeout: 60_000 });
      await second.screenshot({ path: path.join(shots, 'live-result-light.png') });
      await second.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      await second.screenshot({ path: path.join(shots, 'live-result-dark.png') });
    }
    const client = await connectApi(simApp.url);
    const list = await client.value('transcription.list', {});
    expect(list).toHaveLength(1);
    expect(await client.value('live.current', {})).toBeNull();
    client.close();
    await second.close();
  });

  test('kill -9 while recording loses at most 2 s of audio; the next start turns it into a transcript', async ({ page, sim }) => {
    test.setTimeout(120_000);
    const env = { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY };
    const app = await launchApp({ env });
    await prepare(app.url);
    await new ShellPage(page).open(app.url);
    await new TranscriptionPage(page).open();
    const live = new LivePage(page);
    await live.start();
    await live.waitForCaption(words[2]!);
    const sent = await live.sentMs();
    await app.stop(true);
    const again = await launchApp({ env, dataDir: app.dataDir });
    try {
      const client = await connectApi(again.url);
      await expect.poll(async () => (await client.value('transcription.list', {})).length, { timeout: 30_000 }).toBe(1);
      const [rec] = await client.value('transcription.list', {});
      expect(rec!.name).toMatch(/\(recovered\)$/);
      expect(sent - rec!.durationMs!).toBeLessThanOrEqual(2000);
      expect(rec!.durationMs!).toBeGreaterThan(4000);
      client.close();
    } finally {
      await again.stop();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
  });
});
