/**
 * The desktop app's key custody: Electron's safeStorage (Keychain, DPAPI, libsecret/KWallet) as a
 * Cipher for core's vault. Call only after app ready — before it, Linux reports no backend.
 */
import type { SafeStorage } from 'electron';
import type { Cipher } from '../core/vault/types';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

export const BASIC_TEXT_WARNING =
  'No system keyring was found, so Electron protects your API keys with a hard-coded password: anyone who can read ' +
  'your Atelier data folder can recover them. To fix it, install and unlock GNOME Keyring (gnome-keyring) or KWallet, ' +
  'or start Atelier with --password-store=gnome-libsecret (or --password-store=kwallet6), then enter your keys again.';

function isAvailable(safeStorage: SafeStorageLike): boolean {
  try {
    return safeStorage.isEncryptionAvailable();
  } catch {
    return false;
  }
}

function labelFor(platform: NodeJS.Platform, linuxBackend: string | null): string {
  if (platform === 'darwin') return 'macOS Keychain';
  if (platform === 'win32') return 'Windows Data Protection (DPAPI)';
  switch (linuxBackend) {
    case 'gnome_libsecret':
      return 'Secret Service (GNOME Keyring / libsecret)';
    case 'kwallet':
    case 'kwallet5':
    case 'kwallet6':
      return 'KWallet';
    case 'basic_text':
      return 'Electron safeStorage with a hard-coded password (no keyring)';
    default:
      return 'Electron safeStorage';
  }
}

/**
 * safeStorage as a Cipher, or null when it cannot encrypt at all (core then falls back to the OS
 * keyring or the key file). On Linux without a keyring Electron still "encrypts" with a fixed
 * password ('basic_text'): that is reported as weak, with what to do about it.
 *
 * Uses the synchronous API because core's Cipher is synchronous; Electron 45 deprecates it in
 * favour of encryptStringAsync/decryptStringAsync, which read what the sync API wrote.
 */
export function createSafeStorageCipher(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): Cipher | null {
  if (!isAvailable(safeStorage)) return null;
  const linuxBackend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  const weak = linuxBackend === 'basic_text';
  return {
    backend: weak ? 'basic_text' : 'safeStorage',
    label: labelFor(platform, linuxBackend),
    weak,
    warning: weak ? BASIC_TEXT_WARNING : null,
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (ciphertext) => safeStorage.decryptString(ciphertext),
  };
}
