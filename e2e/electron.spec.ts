/**
 * The desktop app itself, driven through Playwright's Electron support. Runs wherever Electron's
 * binary is installed; elsewhere (offline machines) it reports itself skipped and the browser-mode
 * specs cover the UI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CALL_NAMES } from '../shared/contract';
import { electronAddonPath, electronBinaryPath } from '../scripts/electron-binary.mjs';
import { ROOT } from './app-process';

const executablePath = electronBinaryPath();
const NO_ELECTRON = 'Electron binary not installed on this machine (offline); desktop spec skipped — browser-mode specs cover the UI';
test.skip(!executablePath, NO_ELECTRON);
test.skip(
  Boolean(executablePath) && !electronAddonPath(),
  'better-sqlite3 is not built for Electron yet (.native/electron missing); run `node scripts/postinstall.mjs` while online',
);
test.describe.configure({ mode: 'serial' });

/** What the preload exposes, as the page sees it. */
interface PageBridge {
  calls: Record<string, (input: unknown) => Promise<unknown>>;
  subscribe: unknown;
}
const bridgeOf = (w: Window) => (w as unknown as { atelier: PageBridge }).atelier;

// The list reporter shows skipped tests without their reason: say it once, while the runner collects specs.
if (!executablePath && process.env.TEST_WORKER_INDEX === undefined) process.stdout.write(`electron.spec.ts: ${NO_ELECTRON}\n`);

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(build.status, `electron-vite build failed:\n${build.stdout}${build.stderr}`).toBe(0);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !/^OPENAI_/.test(key)) env[key] = value;
  app = await electron.launch({
    executablePath: executablePath!,
    // Chromium refuses to start as root with its OS sandbox (CI containers); renderers stay sandbox: true.
    args: ['.', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: ROOT,
    env: { ...env, ATELIER_DATA_DIR: dataDir, ATELIER_VAULT: 'file' },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('opens the window on the app origin with its title and navigation', async () => {
  expect(page.url()).toMatch(/^atelier:\/\/app\//);
  await expect(page).toHaveTitle(/Atelier/);
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('exposes exactly the contract calls as functions, and no IPC primitive', async () => {
  const shape = await page.evaluate(() => {
    const bridge = bridgeOf(window);
    return {
      top: Object.keys(bridge).sort(),
      calls: Object.keys(bridge.calls).sort(),
      types: [...new Set(Object.values(bridge.calls).map((f) => typeof f))],
      subscribe: typeof bridge.subscribe,
      leaks: ['ipcRenderer', 'invoke', 'send', 'on'].filter((k) => k in bridge || k in bridge.calls),
      globalIpc: 'ipcRenderer' in window || 'electron' in window,
    };
  });
  expect(shape.top).toEqual(['calls', 'subscribe']);
  expect(shape.calls).toEqual([...CALL_NAMES].sort());
  expect(shape.types).toEqual(['function']);
  expect(shape.subscribe).toBe('function');
  expect(shape.leaks).toEqual([]);
  expect(shape.globalIpc).toBe(false);
});

test('a call returns a Result from the desktop core', async () => {
  const result = await page.evaluate(() => bridgeOf(window).calls['app.info']!({}));
  expect(result).toMatchObject({ ok: true, value: { name: 'Atelier', mode: 'desktop', dataDir } });
  const invalid = await page.evaluate(() => bridgeOf(window).calls['app.info']!({ unexpected: true }));
  expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});

test('the page has no Node.js', async () => {
  const types = await page.evaluate(() => {
    const g = globalThis as Record<string, unknown>;
    return [typeof g.require, typeof g.process, typeof g.module, typeof g.Buffer];
  });
  expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
});

test('the content security policy forbids eval', async () => {
  const outcome = await page.evaluate(() => {
    try {
      return String((0, eval)('1 + 1'));
    } catch (error) {
      return error instanceof EvalError ? 'blocked' : String(error);
    }
  });
  expect(outcome).toBe('blocked');
});

test('the page can neither open windows nor navigate away', async () => {
  const opened = await page.evaluate(() => window.open('http://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => {
    window.location.href = 'file:///etc/passwd';
  });
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(page.url()).toMatch(/^atelier:\/\/app\//);
});
