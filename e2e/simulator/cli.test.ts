import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** Starts the CLI with `args`, hands its base URL to `fn`, then stops it with SIGTERM and checks the exit. */
async function withCli(args: string[], fn: (url: string, out: () => string) => Promise<void>): Promise<void> {
  const child = spawn(tsx, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ready line; got ${JSON.stringify(out)}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^Simulator ready: (http:\/\/127\.0\.0\.1:\d+\/v1)\n/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    await fn(url, () => out);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    child.kill('SIGKILL');
  }
}

describe('cli', () => {
  it('prints one ready line, serves with the given limits, and exits on SIGTERM', async () => {
    await withCli(['--rps', '1', '--burst', '1', '--latency', '5'], async (url, out) => {
      const get = () => fetch(`${url}/models`, { headers: { authorization: 'Bearer sk-cli' } });
      const first = await get();
      expect(first.status).toBe(200);
      expect(first.headers.get('x-ratelimit-limit-requests')).toBe('1');
      expect((await get()).status).toBe(429);
      expect(out().trim().split('\n')).toHaveLength(1);
    });
  }, 90_000);

  it('serves a sliding window that counts refusals, with retry-after in seconds and second-granular resets', async () => {
    const args = ['--window', 'sliding', '--window-requests', '2', '--window-ms', '60000', '--count-refused', '--retry-after', 'seconds', '--reset-precision', 's'];
    await withCli(args, async (url) => {
      const get = () => fetch(`${url}/models`, { headers: { authorization: 'Bearer sk-cli' } });
      const first = await get();
      expect(first.headers.get('x-ratelimit-limit-requests')).toBe('2');
      expect(first.headers.get('x-ratelimit-reset-requests')).toBe('60s');
      await get();
      const refused = await get();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^(59|60)$/);
      expect(refused.headers.get('retry-after-ms')).toBeNull();
    });
  }, 90_000);

  it('refuses a window without its size', async () => {
    const child = spawn(tsx, [cli, '--window', 'fixed'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
    expect(err).toContain('--window needs --window-requests');
  }, 90_000);
});
