import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Cipher } from './types';

const KEY_BYTES = 32;

/**
 * AES-256-GCM with a random master key in a file only the user can read. Better than plaintext,
 * but anyone who can read the user's files can read the keys: Settings flags it as weak.
 */
export function createFileCipher(dir: string): Cipher {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keyFile = path.join(dir, 'master.key');
  let key: Buffer;
  if (fs.existsSync(keyFile)) {
    key = fs.readFileSync(keyFile);
    if (key.length !== KEY_BYTES) throw new Error(`The key file ${keyFile} is damaged.`);
  } else {
    key = crypto.randomBytes(KEY_BYTES);
    fs.writeFileSync(keyFile, key, { mode: 0o600, flag: 'wx' });
  }
  return {
    backend: 'file',
    label: 'Encrypted file (key stored beside it)',
    weak: true,
    warning:
      'No OS key store is available, so API keys are encrypted with a key kept in a file only your user can read. Anyone with access to your user account can recover them. Install and unlock a keyring (e.g. GNOME Keyring or KWallet) and restart to protect them properly.',
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const c = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt(blob) {
      const d = crypto.createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
      d.setAuthTag(blob.subarray(12, 28));
      return Buffer.concat([d.update(blob.subarray(28)), d.final()]).toString('utf8');
    },
  };
}
