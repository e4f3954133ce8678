import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

describe('cli', () => {
  it('prints one ready line, serves with the given limits, and exits on SIGTERM', async () => {
    const child = spawn(tsx, [cli, '--port', '0', '--rps', '1', '--burst', '1', '--latency', '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ready line; got ${JSON.stringify(out)}`)), 15_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /^Simulator ready: (http:\/\/127\.0\.0\.1:\d+\/v1)\n/.exec(out);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const get = () => fetch(`${url}/models`, { headers: { authorization: 'Bearer sk-cli' } });
      const first = await get();
      expect(first.status).toBe(200);
      expect(first.headers.get('x-ratelimit-limit-requests')).toBe('1');
      expect((await get()).status).toBe(429);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(out.trim().split('\n')).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
    }
  }, 20_000);
});
