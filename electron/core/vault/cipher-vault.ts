import { AppFailure } from '../../../shared/errors';
import type { SecretsRepo } from '../db/repos/secrets';
import { statusOf, type Cipher, type Vault } from './types';

/** A vault whose ciphertext lives in SQLite, encrypted by safeStorage or the key-file cipher. */
export function createCipherVault(cipher: Cipher, secrets: SecretsRepo): Vault {
  return {
    status: statusOf(cipher),
    async put(ref, secret) {
      secrets.put(ref, cipher.backend, cipher.encrypt(secret));
    },
    async get(ref) {
      const row = secrets.get(ref);
      if (!row) return null;
      if (row.backend !== cipher.backend) {
        throw new AppFailure('vault_unavailable', `This key was saved with another key store (${row.backend}) and cannot be read here. Enter the key again in Settings.`);
      }
      try {
        return cipher.decrypt(row.ciphertext);
      } catch {
        throw new AppFailure('vault_unavailable', 'A stored key could not be decrypted. Enter the key again in Settings.');
      }
    },
    async remove(ref) {
      secrets.remove(ref);
    },
  };
}
