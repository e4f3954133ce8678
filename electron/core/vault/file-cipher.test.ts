import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileCipher } from './file-cipher';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-cipher-'));

describe('file cipher', () => {
  it('round-trips a key without the plaintext appearing in the ciphertext', () => {
    const cipher = createFileCipher(tmp());
    const secret = 'sk-proj-Ünïcödé-0123456789abcdef';
    const blob = cipher.encrypt(secret);
    expect(blob.includes(Buffer.from(secret))).toBe(false);
    expect(blob.includes(Buffer.from('0123456789abcdef'))).toBe(false);
    expect(cipher.decrypt(blob)).toBe(secret);
  });

  it('uses a fresh IV each time', () => {
    const cipher = createFileCipher(tmp());
    expect(cipher.encrypt('same').equals(cipher.encrypt('same'))).toBe(false);
  });

  it('detects tampering', () => {
    const cipher = createFileCipher(tmp());
    const blob = cipher.encrypt('sk-secret-value');
    blob[blob.length - 1]! ^= 0xff;
    expect(() => cipher.decrypt(blob)).toThrow();
  });

  it('keeps its master key readable only by the user, and reuses it', () => {
    const dir = tmp();
    const blob = createFileCipher(dir).encrypt('sk-persisted-key');
    const mode = fs.statSync(path.join(dir, 'master.key')).mode & 0o777;
    if (process.platform !== 'win32') expect(mode).toBe(0o600);
    expect(createFileCipher(dir).decrypt(blob)).toBe('sk-persisted-key');
  });

  it('is flagged as weak protection with an explanation', () => {
    const cipher = createFileCipher(tmp());
    expect(cipher.weak).toBe(true);
    expect(cipher.warning).toMatch(/keyring/i);
  });
});
