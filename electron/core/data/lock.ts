import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';

const LOCK_FILE = 'atelier.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One running Atelier per data folder: two would both run the background queues and could send
 * the same work twice. A lock left by a process that is gone (a crash, kill -9) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  for (let tries = 0; tries < 2; tries++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), { flag: 'wx', mode: 0o600 });
      return () => {
        try {
          const held = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: number };
          if (held.pid === process.pid) fs.rmSync(file, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let pid = NaN;
      try {
        pid = (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: number }).pid ?? NaN;
      } catch {
        // unreadable: treat as stale
      }
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
        throw new AppFailure('conflict', `Atelier is already running with this data folder (process ${pid}). Use that window, or quit it first.`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppFailure('conflict', 'Could not lock the data folder.');
}
