import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger, redact } from './log';

describe('log redaction', () => {
  it('removes keys, bearer tokens and key-like fields', () => {
    const line = redact(JSON.stringify({ msg: 'using sk-proj-abcdef123456 with Bearer abc.def-ghi123', apiKey: 'plain-secret-value' }));
    expect(line).not.toContain('sk-proj-abcdef123456');
    expect(line).not.toContain('abc.def-ghi123');
    expect(line).not.toContain('plain-secret-value');
  });

  it('writes JSON lines and rotates by size', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-log-'));
    const log = createFileLogger({ dir, maxBytes: 300, keep: 2 });
    for (let i = 0; i < 20; i++) log.info('tick', { i, key: 'sk-live-0000000000' });
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['atelier.1.log', 'atelier.2.log', 'atelier.log']);
    const lines = fs.readFileSync(path.join(dir, 'atelier.log'), 'utf8').trim().split('\n');
    for (const l of lines) expect(JSON.parse(l)).toMatchObject({ level: 'info', event: 'tick' });
    expect(files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('')).not.toContain('sk-live-0000000000');
  });

  it('works out a deferred line\'s fields when it writes the line, after the turn, redacted like the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-log-'));
    const log = createFileLogger({ dir, deferred: true });
    let asked = 0;
    log.later('warn', 'request', () => (asked++, { outcome: 'timeout', key: 'sk-live-0000000000' }));
    expect(asked).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect(asked).toBe(1);
    const line = JSON.parse(fs.readFileSync(path.join(dir, 'atelier.log'), 'utf8').trim());
    expect(line).toMatchObject({ level: 'warn', event: 'request', outcome: 'timeout' });
    expect(JSON.stringify(line)).not.toContain('sk-live-0000000000');
  });
});
