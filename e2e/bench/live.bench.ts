/**
 * Live captions benchmark: browser mode in Chromium with its fake microphone playing a WAV of
 * tone words (1 s each, 1 s apart), against the simulator with no added latency. For every word: the time
 * from its end in the input to its text on the page (a MutationObserver stamps the first appearance).
 *
 * A word's end on the page's clock is the recording position of the tone's last loud sample (found in the
 * saved recording) plus the capture's clock origin (performance.now() at recording position 0, from the
 * earliest frame). The origin is late by the audio input's own buffering, so figures are a few ms low.
 * The simulator reports its own share (last voiced audio in → completed event out: the VAD's 500 ms
 * silence hold plus transcription) as live_sim_latency_ms; the app's share is the difference.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { connectApi } from '../api-client';
import { launchApp } from '../app-process';
import { parseWav } from '../simulator/audio/wav';
import { encodeToneWav, WORDS } from '../simulator/audio/tone';
import { startSimulator } from '../simulator/server';
import { percentile, round } from './stats';

const WORD_COUNT = 30;
const LEAD_S = 2;
const KEY = 'sk-bench-live-0000';

/** Ends (ms) of the loud runs of a recording: one per tone word. */
function toneEnds(file: string): number[] {
  const pcm = parseWav(fs.readFileSync(file))!;
  const frame = Math.round(pcm.sampleRate / 100);
  const ends: number[] = [];
  let loudUntil = -1;
  for (let at = 0; at + frame <= pcm.samples.length; at += frame) {
    let peak = 0;
    for (let i = at; i < at + frame; i++) peak = Math.max(peak, Math.abs(pcm.samples[i]!));
    if (peak > 0.05) {
      let last = at + frame - 1;
      while (last > at && Math.abs(pcm.samples[last]!) <= 0.05) last--;
      loudUntil = last;
    } else if (loudUntil >= 0 && at - loudUntil > pcm.sampleRate / 4) {
      ends.push(((loudUntil + 1) * 1000) / pcm.sampleRate);
      loudUntil = -1;
    }
  }
  if (loudUntil >= 0) ends.push(((loudUntil + 1) * 1000) / pcm.sampleRate);
  return ends;
}

export async function benchLive(log: (line: string) => void): Promise<Record<string, number>> {
  const words = Array.from({ length: WORD_COUNT }, (_, i) => WORDS[i % WORDS.length]!);
  const slots: (string | null)[] = Array(LEAD_S).fill(null);
  for (const w of words) slots.push(w, null);
  slots.push(...Array(30).fill(null));
  const wav = path.join(os.tmpdir(), `atelier-bench-live-${process.pid}.wav`);
  fs.writeFileSync(wav, encodeToneWav(slots, { sampleRate: 48_000 }));

  const sim = await startSimulator();
  const app = await launchApp({ env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: KEY }, timeoutMs: 120_000 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p)),
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`, '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    const client = await connectApi(app.url);
    await client.value('providers.refreshModels', { id: 'env' });
    await client.value('settings.update', { onboardingDone: true, defaults: { 'audio-offline': { providerId: 'env', model: 'whisper-1' } } });
    const context = await browser.newContext({ permissions: ['microphone'], viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.locator('[data-app-state="ready"]').waitFor({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Transcription', exact: true }).click();
    // Stamps the first moment each word is on the page.
    await page.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const now = performance.now();
        for (const el of document.querySelectorAll('[data-testid="live-caption"] .live-caption__text')) {
          for (const w of (el.textContent ?? '').split(/\s+/)) if (w && !(w in seen)) seen[w] = now;
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('live-open').click();
    await page.getByTestId('live-start').click();
    const panel = page.getByTestId('live-panel');
    await panel.waitFor({ timeout: 60_000 });
    log(`recording ${WORD_COUNT} words (${LEAD_S + 2 * WORD_COUNT} s)…`);
    const last = words.at(-1)!;
    await page.waitForFunction((w) => w in (window as unknown as { __seen: Record<string, number> }).__seen, last, { timeout: (LEAD_S + 2 * WORD_COUNT + 60) * 1000, polling: 200 });
    const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
    const origin = Number(await panel.getAttribute('data-clock-origin'));
    await page.getByTestId('live-stop').click();
    await panel.waitFor({ state: 'detached', timeout: 60_000 });
    const [rec] = await client.value('transcription.list', {});
    client.close();
    const ends = toneEnds(path.join(app.dataDir, 'recordings', rec!.id, 'original.wav'));
    if (ends.length !== words.length) log(`warning: found ${ends.length} tones in the recording, expected ${words.length} (audio was lost or cut)`);
    const latencies: number[] = [];
    for (const [i, w] of words.entries()) {
      const end = ends[i];
      if (end === undefined || seen[w] === undefined) continue;
      latencies.push(seen[w]! - (origin + end));
    }
    const simLatency = sim.control.state().realtime.turnLatencyMs;
    const results = {
      live_caption_p50_ms: round(percentile(latencies, 50), 1),
      live_caption_p90_ms: round(percentile(latencies, 90), 1),
      live_sim_latency_ms: round(percentile(simLatency, 50), 1),
      live_caption_words: latencies.length,
    };
    const overhead = round(results.live_caption_p50_ms - results.live_sim_latency_ms, 1);
    log(`word end → caption: p50 ${results.live_caption_p50_ms} ms, p90 ${results.live_caption_p90_ms} ms over ${latencies.length} words`);
    log(`the simulator's own share (VAD silence hold + transcription): p50 ${results.live_sim_latency_ms} ms; the app adds ${overhead} ms at p50 (target ≤ 150)`);
    return { ...results, live_app_overhead_p50_ms: overhead };
  } finally {
    await browser.close();
    await app.stop();
    await sim.close();
    fs.rmSync(app.dataDir, { recursive: true, force: true });
    fs.rmSync(wav, { force: true });
  }
}
