/**
 * Chat screen benchmark: how soon a streamed token is on screen, and whether a fast stream
 * renders at full frame rate. Runs the real thing: browser-mode app, Debian's Chromium, simulator.
 *
 * First token — what is measured: from the moment the first content chunk of a reply leaves the
 * upstream towards the app, to the moment that text is in the page's DOM. The simulator has no hook
 * for "chunk written", so the app talks to it through a pass-through proxy in this process that
 * stamps the first SSE chunk carrying content as it forwards it (performance.timeOrigin +
 * performance.now()). In the page a MutationObserver stamps, on the same clock, the first DOM
 * mutation that puts text into the new reply. The two clocks are compared after measuring their
 * offset with round trips (the offset is reported). The path in between is the whole product:
 * core's SDK stream → pipeline → event bus → WebSocket → api.ts → stream store → React commit.
 *
 * Frame rate: a 3,000-token reply at one token every 2 ms (~500 tokens/s for ~6 s) while a
 * requestAnimationFrame loop in the page counts frames. Headless Chromium runs rAF at the display
 * rate it assumes (60 Hz here), so 60 is the ceiling; frames the renderer is too busy for are missed.
 * The same again with a reply made of tables, highlighted code blocks, math and lists
 * (SIM_RICH_TOKENS): chat_stream_rich_min_fps is the honest figure, chat_stream_min_fps the plain-text one.
 */
import { chromium, type Page } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchApp, ROOT } from '../app-process';
import { startSimulator } from '../simulator/server';
import { percentile, round } from './stats';

const SAMPLES = 35;
const WARMUP = 3;
const STREAM_TOKENS = 3000;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const now = () => performance.timeOrigin + performance.now();

/** Forwards to the simulator; stamps the first chunk with content after arm() is called. */
async function startStampingProxy(target: URL) {
  let armed: ((t: number) => void) | null = null;
  const server = http.createServer((req, res) => {
    const upstream = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.on('data', (chunk: Buffer) => {
        if (armed && /"delta":\{"content":"[^"]/.test(chunk.toString('utf8'))) {
          armed(now());
          armed = null;
        }
        res.write(chunk);
      });
      up.on('end', () => res.end());
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    arm: () => new Promise<number>((resolve) => (armed = resolve)),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** page clock − node clock, from the tightest of several round trips. */
async function clockOffset(page: Page): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 20; i++) {
    const t0 = now();
    const tp = await page.evaluate<number>('performance.timeOrigin + performance.now()');
    const t1 = now();
    if (t1 - t0 < best.rtt) best = { rtt: t1 - t0, offset: tp - (t0 + t1) / 2 };
  }
  return best.offset;
}

// In-page code is passed as source text: tsx would otherwise wrap its named functions in a helper
// (__name) that does not exist in the page.
/** Resolves in the page with the time the first text of a reply not yet on screen lands in the DOM. */
const FIRST_TEXT = `new Promise((resolve) => {
  const replies = () => [...document.querySelectorAll('article[data-role="assistant"]')];
  const seen = new Set(replies().map((a) => a.getAttribute('data-message-id')));
  const observer = new MutationObserver(() => {
    const fresh = replies().some((a) => !seen.has(a.getAttribute('data-message-id')) && (a.querySelector('.md')?.textContent ?? '').length > 0);
    if (!fresh) return;
    const t = performance.timeOrigin + performance.now();
    observer.disconnect();
    resolve(t);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
})`;

/** Resolves with the rAF timestamps from the first streamed text until the reply stops streaming. */
const COUNT_FRAMES = `new Promise((resolve) => {
  const frames = [];
  let started = false;
  const tick = (t) => {
    const streaming = document.querySelector('article[data-status="streaming"] .md');
    if (streaming) started = true;
    if (started) frames.push(t);
    if (started && !streaming) return resolve(frames);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

const watchFirstText = (page: Page) => page.evaluate<number>(FIRST_TEXT);

async function send(page: Page, text: string) {
  const before = await page.locator('article[data-role="assistant"]').count();
  const input = page.getByRole('textbox', { name: 'Message' });
  await input.fill(text);
  await input.press('Enter');
  return before;
}

async function waitIdle(page: Page) {
  await page.waitForFunction(() => !document.querySelector('article[data-status="streaming"]') && document.querySelector('[data-testid="composer"] button[title^="Send"]') !== null);
}

/** Streams one reply while counting frames: average fps and the worst one-second window. */
async function streamFrames(page: Page, text: string): Promise<{ seconds: number; fps: number; minFps: number }> {
  const framesDone = page.evaluate<number[]>(COUNT_FRAMES);
  await send(page, text);
  const frames = await framesDone;
  await waitIdle(page);
  const seconds = (frames.at(-1)! - frames[0]!) / 1000;
  const fps = (frames.length - 1) / seconds;
  const windows: number[] = [];
  for (let start = frames[0]!; start + 1000 <= frames.at(-1)!; start += 1000) windows.push(frames.filter((t) => t >= start && t < start + 1000).length);
  return { seconds, fps, minFps: windows.length ? Math.min(...windows) : fps };
}

/** The app in browser mode behind the stamping proxy, a Chromium page on a new chat; `run` measures, then all of it stops. */
async function withChatPage<T>(run: (page: Page, sim: Awaited<ReturnType<typeof startSimulator>>, proxy: Awaited<ReturnType<typeof startStampingProxy>>) => Promise<T>): Promise<T> {
  const { ensureRendererBuilt } = (await import('../../scripts/build-renderer.mjs' as string)) as { ensureRendererBuilt(root: string): void };
  ensureRendererBuilt(ROOT);
  const sim = await startSimulator();
  const proxy = await startStampingProxy(new URL(sim.baseUrl));
  const app = await launchApp({ env: { OPENAI_BASE_URL: proxy.baseUrl, OPENAI_API_KEY: 'sk-bench-chat-0000' }, timeoutMs: 120_000 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app.url);
    await page.locator('[data-app-state="ready"]').waitFor();
    const onboarding = page.getByRole('dialog').filter({ has: page.locator('.onboarding__actions') });
    if (await onboarding.isVisible()) {
      await onboarding.getByRole('status').filter({ hasText: 'Connected in' }).waitFor();
      await onboarding.getByRole('button', { name: 'Continue' }).click();
    }
    await page.getByRole('button', { name: /^(New chat|Start a conversation)$/ }).first().click();
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    return await run(page, sim, proxy);
  } finally {
    await browser.close();
    await app.stop();
    await proxy.close();
    await sim.close();
  }
}

/** The rich stream (tables, code, math, lists) as it is measured in the chat suite. */
async function richStream(page: Page, log: (line: string) => void): Promise<Record<string, number>> {
  const rich = await streamFrames(page, `Stream rich SIM_RICH_TOKENS=${STREAM_TOKENS}`);
  log(`${STREAM_TOKENS}-token rich stream (tables, code, math) over ${round(rich.seconds, 1)} s: ${round(rich.fps, 1)} fps average, ${rich.minFps} fps in the worst second`);
  return { chat_stream_rich_fps: round(rich.fps, 1), chat_stream_rich_min_fps: rich.minFps, chat_stream_rich_seconds: round(rich.seconds, 2) };
}

export function benchChat(log: (line: string) => void): Promise<Record<string, number>> {
  return withChatPage(async (page, sim, proxy) => {
    const offset = await clockOffset(page);

    const firstToken: number[] = [];
    for (let i = 0; i < SAMPLES + WARMUP; i++) {
      const shown = watchFirstText(page);
      const upstream = proxy.arm();
      await send(page, `Sample ${i} SIM_REPLY_TOKENS=12`);
      const [tUp, tPage] = await Promise.all([upstream, shown]);
      if (i >= WARMUP) firstToken.push(tPage - offset - tUp);
      await waitIdle(page);
    }
    log(`first token on screen: p50 ${round(percentile(firstToken, 50), 1)} ms, p90 ${round(percentile(firstToken, 90), 1)} ms over ${firstToken.length} sends (clock offset ${round(offset, 2)} ms)`);

    sim.control.setStreamChunkDelay(2);
    const { seconds, fps, minFps } = await streamFrames(page, `Stream fast SIM_REPLY_TOKENS=${STREAM_TOKENS}`);
    log(`${STREAM_TOKENS}-token stream over ${round(seconds, 1)} s: ${round(fps, 1)} fps average, ${minFps} fps in the worst second`);
    // The honest case: a reply full of tables, code blocks (highlighted) and math, as real answers are.
    const rich = await richStream(page, log);
    return {
      ...rich,
      chat_first_token_p50_ms: round(percentile(firstToken, 50), 2),
      chat_first_token_p90_ms: round(percentile(firstToken, 90), 2),
      chat_stream_fps: round(fps, 1),
      chat_stream_min_fps: minFps,
      chat_stream_seconds: round(seconds, 2),
    };
  });
}

/**
 * `--only chat-rich`: the rich stream alone, after three short replies and the plain stream (as in the
 * full suite, with a shorter history), quick to repeat while working on that figure.
 */
export function benchChatRich(log: (line: string) => void): Promise<Record<string, number>> {
  return withChatPage(async (page, sim) => {
    for (let i = 0; i < WARMUP; i++) {
      await send(page, `Sample ${i} SIM_REPLY_TOKENS=12`);
      await waitIdle(page);
    }
    sim.control.setStreamChunkDelay(2);
    await streamFrames(page, `Stream fast SIM_REPLY_TOKENS=${STREAM_TOKENS}`);
    return richStream(page, log);
  });
}
