import { AsyncEntry } from '@napi-rs/keyring';
import type { SecretsRepo } from '../db/repos/secrets';
import type { Vault } from './types';

const SERVICE = 'Atelier';
const PROBE_TIMEOUT_MS = 3000;

/**
 * The OS keyring (macOS Keychain, Windows Credential Manager, Secret Service on Linux; never the
 * non-persistent kernel keyring). Accounts carry the data folder's install id, so two folders never
 * share keys and a moved folder keeps its own. Resolves null when no usable keyring answers.
 */
export async function openKeyringVault(scope: string, secrets: SecretsRepo): Promise<Vault | null> {
  const entry = (ref: string) => new AsyncEntry(SERVICE, `${ref}@${scope}`, { linux: { store: 'secret-service' } });
  try {
    const probe = entry('probe');
    const signal = AbortSignal.timeout(PROBE_TIMEOUT_MS);
    await probe.setPassword('probe', signal);
    const back = await probe.getPassword(signal);
    await probe.deletePassword(signal);
    if (back !== 'probe') return null;
  } catch {
    return null;
  }
  return {
    status: { backend: 'keyring', label: 'OS keyring', weak: false, warning: null },
    async put(ref, secret) {
      await entry(ref).setPassword(secret);
      // A marker row records that the secret lives in the keyring (no ciphertext is kept).
      secrets.put(ref, 'keyring', Buffer.alloc(0));
    },
    async get(ref) {
      if (!secrets.get(ref)) return null;
      return (await entry(ref).getPassword()) ?? null;
    },
    async remove(ref) {
      await entry(ref).deletePassword().catch(() => false);
      secrets.remove(ref);
    },
  };
}
