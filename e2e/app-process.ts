import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const READY_PREFIX = 'Atelier ready: ';
/** Set by e2e/global-setup.ts to the host bundle it built (e2e/host-bundle.ts); launchApp runs that bundle when set. */
export const HOST_BUNDLE_ENV = 'ATELIER_E2E_HOST_BUNDLE';

/**
 * How Node starts the host: the bundle of electron/server/main.ts a Playwright run built for itself, else the
 * source through tsx as `npm start` runs it (benchmarks, the soak, one-off scripts).
 */
function hostEntry(): string[] {
  const bundle = process.env[HOST_BUNDLE_ENV];
  return bundle ? ['--enable-source-maps', bundle] : ['--import', 'tsx', 'electron/server/main.ts'];
}

export interface AppProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed, for assertions and failure reports. */
  output(): string;
  /** Stops the process; kill -9 when hard is set (crash tests). */
  stop(hard?: boolean): Promise<void>;
}

export interface LaunchOptions {
  dataDir?: string;
  env?: Record<string, string | undefined>;
  args?: string[];
  timeoutMs?: number;
}

/** Apps still running; killed when the test worker exits, however it exits, so none outlives the run. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Starts browser mode as a user would (`npm start -- --browser --no-open`), minus npm (and, under Playwright, minus tsx). */
export async function launchApp(options: LaunchOptions = {}): Promise<AppProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, [HOST_BUNDLE_ENV]: undefined, ATELIER_DATA_DIR: dataDir, ATELIER_VAULT: 'file', OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn(process.execPath, [...hostEntry(), '--no-open', '--port', '0', ...(options.args ?? [])], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    // A launch that never gets ready is killed: left running, it would outlive the test run and load the machine.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Atelier did not print its ready line in time:\n${out}`));
    }, options.timeoutMs ?? Number(process.env.ATELIER_E2E_LAUNCH_TIMEOUT_MS ?? 60_000));
    const check = () => {
      const line = out.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice(READY_PREFIX.length).trim());
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Atelier exited with ${code} before it was ready:\n${out}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    output: () => out,
    stop: (hard = false) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(hard ? 'SIGKILL' : 'SIGTERM');
      }),
  };
}
