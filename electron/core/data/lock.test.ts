import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './lock';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-lock-'));

describe('data folder lock', () => {
  it('refuses a second holder while the first is alive, and frees on release', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'atelier.lock'), JSON.stringify({ pid: process.ppid }));
    expect(() => lockDataDir(dir)).toThrow(/already running with this data folder/);
    fs.rmSync(path.join(dir, 'atelier.lock'));
    const release = lockDataDir(dir);
    expect(fs.existsSync(path.join(dir, 'atelier.lock'))).toBe(true);
    release();
    expect(fs.existsSync(path.join(dir, 'atelier.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = tmp();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    fs.writeFileSync(path.join(dir, 'atelier.lock'), JSON.stringify({ pid: child.pid }));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(() => lockDataDir(dir)()).not.toThrow();
  });
});
