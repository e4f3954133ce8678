import path from 'node:path';
import type { SecretsRepo } from '../db/repos/secrets';
import type { Logger } from '../log';
import { createCipherVault } from './cipher-vault';
import { createFileCipher } from './file-cipher';
import { openKeyringVault } from './keyring-vault';
import type { Cipher, Vault } from './types';

export type VaultPreference = 'auto' | 'keyring' | 'file';

export interface VaultChoice {
  dataDir: string;
  /** Stable id of this data folder, used to scope keyring entries. */
  scope: string;
  secrets: SecretsRepo;
  log: Logger;
  /** A cipher the host offers first (Electron's safeStorage in the desktop app). */
  hostCipher?: Cipher | null;
  /** ATELIER_VAULT: force a backend (tests use 'file' so they never touch the user's keyring). */
  preference?: VaultPreference;
}

/**
 * Picks the strongest key custody available: a strong host cipher (safeStorage backed by the OS),
 * then the OS keyring, then a weak host cipher (safeStorage's basic_text), then the weak key file.
 */
export async function chooseVault({ dataDir, scope, secrets, log, hostCipher, preference = 'auto' }: VaultChoice): Promise<Vault> {
  if (hostCipher && !hostCipher.weak && preference === 'auto') return createCipherVault(hostCipher, secrets);
  if (preference !== 'file') {
    const keyring = await openKeyringVault(scope, secrets);
    if (keyring) return keyring;
    log.warn('vault.keyring_unavailable', { preference });
  }
  if (hostCipher && preference === 'auto') return createCipherVault(hostCipher, secrets);
  return createCipherVault(createFileCipher(path.join(dataDir, 'secrets')), secrets);
}
