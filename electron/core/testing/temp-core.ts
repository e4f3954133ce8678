import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../app';
import { silentLogger } from '../log';

export interface TempCore {
  core: Core;
  /** Calls as a trusted sender and returns the value; a failed Result throws with its code. */
  call<T>(name: string, input: unknown): Promise<T>;
  dataDir: string;
  /** Every byte of every file in the data folder (db, WAL, logs, key files). */
  allBytes(): Buffer;
  dispose(): void;
}

/** A core over a fresh data folder, with the file vault so tests never touch the OS keyring. */
export async function createTempCore(env: NodeJS.ProcessEnv = {}, existingDir?: string, exclusive = true): Promise<TempCore> {
  const dataDir = existingDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-core-'));
  const core = await createCore({
    location: { dir: dataDir, fromEnvironment: true, defaultDir: dataDir },
    mode: 'browser',
    version: '0.0.0-test',
    env: { ATELIER_VAULT: 'file', ...env },
    log: env.ATELIER_TEST_FILE_LOG ? undefined : silentLogger,
    exclusive,
  });
  const readAll = (dir: string): Buffer[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? readAll(p) : [fs.readFileSync(p)];
    });
  return {
    core,
    async call<T>(name: string, input: unknown): Promise<T> {
      const r = await core.handle(name, input, trusted);
      if (!r.ok) throw Object.assign(new Error(`${name}: ${r.error.code} ${r.error.message}`), { code: r.error.code });
      return r.value as T;
    },
    dataDir,
    allBytes: () => Buffer.concat(readAll(dataDir)),
    dispose() {
      try {
        core.stop();
      } catch {
        // already stopped by the test
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const trusted = { trusted: true, label: 'test' } as const;
