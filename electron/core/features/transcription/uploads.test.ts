import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUploads } from './uploads';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-uploads-'));

describe('uploads in parts', () => {
  it('assembles parts in order and hands the file over once', () => {
    const uploads = createUploads(dir());
    const id = uploads.begin('standup.m4a', 6);
    expect(uploads.append(id, 0, Buffer.from('abc'))).toBe(3);
    expect(uploads.append(id, 3, Buffer.from('def'))).toBe(6);
    const taken = uploads.take(id);
    expect(fs.readFileSync(taken.file, 'utf8')).toBe('abcdef');
    expect(() => uploads.take(id)).toThrow(/expired/);
  });

  it('refuses parts out of order, beyond the size, and unfinished uploads', () => {
    const uploads = createUploads(dir());
    const id = uploads.begin('a.wav', 4);
    expect(() => uploads.append(id, 2, Buffer.from('xx'))).toThrow(/out of order/);
    expect(() => uploads.append(id, 0, Buffer.from('xxxxx'))).toThrow(/larger than announced/);
    uploads.append(id, 0, Buffer.from('xx'));
    expect(() => uploads.take(id)).toThrow(/did not finish uploading/);
  });

  it('cancels an upload and deletes what arrived; leftovers of a previous run are cleared', () => {
    const folder = dir();
    const uploads = createUploads(folder);
    const id = uploads.begin('b.wav', 10);
    uploads.append(id, 0, Buffer.from('12345'));
    expect(uploads.cancel(id)).toBe(true);
    expect(uploads.cancel(id)).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
    fs.writeFileSync(path.join(folder, 'stale.part'), 'x');
    createUploads(folder);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
