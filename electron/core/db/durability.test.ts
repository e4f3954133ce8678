import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection';

const CHILD = `
import { openDatabase } from './electron/core/db/connection';
const db = openDatabase(process.argv[2]);
const insert = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, '1', 'now')");
for (let i = 0; i < 500; i++) insert.run('k' + i);
process.stdout.write('committed\\n');
setInterval(() => {}, 1000);
`;

describe('database durability', () => {
  it('keeps every committed row when the process is killed with SIGKILL', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-kill-'));
    const file = path.join(dir, 'atelier.db');
    const script = path.join(dir, 'child.ts');
    fs.writeFileSync(script, CHILD.replace("'./electron/core/db/connection'", JSON.stringify(path.resolve('electron/core/db/connection'))));
    const child = spawn(process.execPath, ['--import', 'tsx', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('committed') && resolve()));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const db = openDatabase(file);
    expect(db.prepare("SELECT COUNT(*) AS n FROM settings WHERE key LIKE 'k%'").get()).toEqual({ n: 500 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
