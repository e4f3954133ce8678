/**
 * Live captions benchmark: browser mode in Chromium with its fake microphone playing a WAV of
 * tone words (1 s each, 1 s apart), against the simulator with no added latency. For every word: the time
 * from its end in the input to its text on the page (a MutationObserver stamps the first appearance).
 *
 * A word's end on the page's clock is the recording position of the tone's last loud sample (found in the
 * saved recording) plus the capture's clock origin (performance.now() at recording position 0, from the
 * earliest frame). The origin is late by the audio input's own buffering, so figures are a few ms low.
 * The server's own share of a word's latency is what the real service would take too: the VAD's silence
 * hold (silence_duration_ms, 500 ms: audio it must hear after the word before it ends the turn) plus its
 * work after the turn ended (VAD fired → first text out), both reported per turn by the simulator. The
 * app's share, word by word, is the rest (live_caption_overhead_p50_ms / _p90_ms), split into
 * word end → its audio at the server (capture buffer, frames to core, core → socket), the silence after
 * it arriving later than real time (the same path, for the audio that lets the VAD end the turn), and
 * the server's text → on the page (socket → core → page → React). Page and simulator clocks are
 * aligned by the quickest of a few round trips.
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

/** The page's wall clock (timeOrigin + performance.now()) minus this process's Date.now(), from the quickest of a few round trips. */
async function pageClockOffset(page: import('@playwright/test').Page): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 7; i++) {
    const before = Date.now();
    const at = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = Date.now();
    if (after - before < best.rtt) best = { rtt: after - before, offset: at - (before + after) / 2 };
  }
  return best.offset;
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
    // A starved machine can lose a word before the page hears it: measure the words that came, and say so.
    await page
      .waitForFunction((w) => w in (window as unknown as { __seen: Record<string, number> }).__seen, last, { timeout: (LEAD_S + 2 * WORD_COUNT + 30) * 1000, polling: 200 })
      .catch(() => log(`warning: the last word never showed up as a caption; measuring the words that did`));
    const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
    const origin = Number(await panel.getAttribute('data-clock-origin'));
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    await page.getByTestId('live-stop').click();
    await panel.waitFor({ state: 'detached', timeout: 60_000 });
    const [rec] = await client.value('transcription.list', {});
    client.close();
    const ends = toneEnds(path.join(app.dataDir, 'recordings', rec!.id, 'original.wav'));
    if (ends.length !== words.length) log(`warning: found ${ends.length} tones in the recording, expected ${words.length} (audio was lost or cut)`);
    const offset = await pageClockOffset(page);
    const turns = sim.control.state().realtime.turns;
    const latencies: number[] = [];
    const overheads: number[] = [];
    const serverShares: number[] = [];
    const inbound: number[] = [];
    const holdExtra: number[] = [];
    const outbound: number[] = [];
    for (const [i, w] of words.entries()) {
      const end = ends[i];
      if (end === undefined || seen[w] === undefined) continue;
      const latency = seen[w]! - (origin + end);
      latencies.push(latency);
      const turn = turns.find((t) => t.words.includes(w));
      if (!turn) continue;
      // On the simulator's clock: when the word ended in the microphone and when its caption was on the page.
      const endAt = timeOrigin + origin + end - offset;
      const shownAt = timeOrigin + seen[w]! - offset;
      const server = turn.silenceMs + (turn.firstTextAt - turn.stoppedAt);
      serverShares.push(server);
      overheads.push(latency - server);
      inbound.push(turn.voicedEndAt - endAt);
      holdExtra.push(turn.stoppedAt - turn.voicedEndAt - turn.silenceMs);
      outbound.push(shownAt - turn.firstTextAt);
    }
    const p = (values: number[], q: number) => round(percentile(values, q), 1);
    const results = {
      live_caption_p50_ms: p(latencies, 50),
      live_caption_p90_ms: p(latencies, 90),
      live_caption_overhead_p50_ms: p(overheads, 50),
      live_caption_overhead_p90_ms: p(overheads, 90),
      live_sim_latency_ms: p(serverShares, 50),
      live_overhead_inbound_p50_ms: p(inbound, 50),
      live_overhead_silence_arrival_p50_ms: p(holdExtra, 50),
      live_overhead_outbound_p50_ms: p(outbound, 50),
      live_caption_words: latencies.length,
    };
    log(`word end → caption: p50 ${results.live_caption_p50_ms} ms, p90 ${results.live_caption_p90_ms} ms over ${latencies.length} words`);
    log(`the server's own share (its ${turns[0]?.silenceMs ?? '?'} ms VAD silence hold + its work after the turn ended): p50 ${results.live_sim_latency_ms} ms`);
    log(`the app's share: p50 ${results.live_caption_overhead_p50_ms} ms, p90 ${results.live_caption_overhead_p90_ms} ms (target p50 ≤ 150) over ${overheads.length} words`);
    log(`  of which word end → its audio at the server p50 ${results.live_overhead_inbound_p50_ms} ms; the silence after it arriving late p50 ${results.live_overhead_silence_arrival_p50_ms} ms; server's text → on the page p50 ${results.live_overhead_outbound_p50_ms} ms`);
    return results;
  } finally {
    await browser.close();
    await app.stop();
    await sim.close();
    fs.rmSync(app.dataDir, { recursive: true, force: true });
    fs.rmSync(wav, { force: true });
  }
}
