import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { READY_PREFIX, ROOT } from './app-process';

/** Runs the README's start command exactly (`npm start -- --browser --no-open`) and checks the host's defences. */
test.describe('browser mode', () => {
  let stop: () => void;
  let url: string;
  let output = '';

  test.beforeAll(async () => {
    // A worker can run this group's tests twice (fullyParallel): each start reads only its own output,
    // never the ready line of a server an earlier afterAll has stopped.
    output = '';
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-start-'));
    const child = spawn('npm', ['start', '--', '--browser', '--no-open', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, ATELIER_DATA_DIR: dataDir, ATELIER_VAULT: 'file' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
    await expect.poll(() => output.includes(READY_PREFIX), { timeout: 60_000 }).toBe(true);
    url = output.split('\n').find((l) => l.startsWith(READY_PREFIX))!.slice(READY_PREFIX.length).trim();
  });
  test.afterAll(() => stop());

  test('prints exactly one ready line with a loopback URL carrying a secret', () => {
    const readyLines = output.split('\n').filter((l) => l.startsWith(READY_PREFIX));
    expect(readyLines).toHaveLength(1);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{20,}\/$/);
  });

  test('the printed URL loads the app', async ({ page }) => {
    await page.goto(url);
    // The app is up: its frame is drawn and the first-run welcome (a modal, so the frame is inert) greets.
    await expect(page.locator('nav.sidebar__nav')).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Welcome to Atelier' })).toBeVisible();
    await expect(page).toHaveTitle(/Atelier/);
  });

  test('the same host without the secret is refused', async ({ page }) => {
    const origin = new URL(url).origin;
    const res = await page.goto(`${origin}/`);
    expect(res?.status()).toBe(403);
    await expect(page.locator('body')).not.toContainText('Chat');
  });

  test('a foreign Host header (DNS rebinding) or Origin is refused', async () => {
    const { port, pathname } = new URL(url);
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: Number(port), path: pathname, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject);
      });
    expect(await status({})).toBe(200);
    expect(await status({ Host: `attacker.example:${port}` })).not.toBe(200);
    expect(await status({ Origin: 'http://attacker.example' })).toBe(403);
  });

  test('a page on another origin cannot open the app\'s WebSocket', async ({ page }) => {
    const other = http.createServer((_req, res) => res.end('<!doctype html><title>other</title>'));
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (other.address() as { port: number }).port;
      await page.goto(`http://127.0.0.1:${port}/`);
      const wsUrl = url.replace('http://', 'ws://') + 'rpc';
      const outcome = await page.evaluate(
        (target) =>
          new Promise<string>((resolve) => {
            const ws = new WebSocket(target);
            ws.onopen = () => resolve('open');
            ws.onerror = () => resolve('refused');
          }),
        wsUrl,
      );
      expect(outcome).toBe('refused');
    } finally {
      other.close();
    }
  });
});
