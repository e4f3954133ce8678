import { describe, expect, it } from 'vitest';
import { BASIC_TEXT_WARNING, createSafeStorageCipher, type SafeStorageLike } from './safe-storage-cipher';

function fake(available: boolean, backend: ReturnType<SafeStorageLike['getSelectedStorageBackend']> = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain) => Buffer.from(`enc:${plain}`),
    decryptString: (buf) => buf.toString().replace(/^enc:/, ''),
  };
}

describe('createSafeStorageCipher', () => {
  it('returns null when safeStorage cannot encrypt, so core falls back', () => {
    expect(createSafeStorageCipher(fake(false), 'linux')).toBeNull();
    const throwing = { ...fake(true), isEncryptionAvailable: () => { throw new Error('not ready'); } };
    expect(createSafeStorageCipher(throwing, 'darwin')).toBeNull();
  });

  it('is strong with a real keyring and round-trips through safeStorage', () => {
    const c = createSafeStorageCipher(fake(true, 'gnome_libsecret'), 'linux')!;
    expect(c).toMatchObject({ backend: 'safeStorage', weak: false, warning: null });
    expect(c.label).toMatch(/libsecret/);
    expect(c.decrypt(c.encrypt('sk-secret'))).toBe('sk-secret');
  });

  it('names the OS store on macOS and Windows', () => {
    expect(createSafeStorageCipher(fake(true), 'darwin')!.label).toMatch(/Keychain/);
    expect(createSafeStorageCipher(fake(true), 'win32')!.label).toMatch(/DPAPI/);
    expect(createSafeStorageCipher(fake(true, 'basic_text'), 'darwin')!.weak).toBe(false);
  });

  it("flags Linux's hard-coded-password backend as weak and says how to fix it", () => {
    const c = createSafeStorageCipher(fake(true, 'basic_text'), 'linux')!;
    expect(c).toMatchObject({ backend: 'basic_text', weak: true, warning: BASIC_TEXT_WARNING });
    expect(c.warning).toMatch(/hard-coded password/);
    expect(c.warning).toMatch(/gnome-keyring|GNOME Keyring/);
    expect(c.warning).toMatch(/KWallet/);
    expect(c.warning).toMatch(/--password-store=gnome-libsecret/);
  });
});
