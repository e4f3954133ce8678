import type { VaultBackend, VaultStatus } from '../../../shared/contract';

/** Key custody behind one interface; the secret never leaves core. */
export interface Vault {
  readonly status: VaultStatus;
  put(ref: string, secret: string): Promise<void>;
  /** The secret, or null when none is stored under ref. */
  get(ref: string): Promise<string | null>;
  remove(ref: string): Promise<void>;
}

/** Encrypts in process; the ciphertext is kept in the database. */
export interface Cipher {
  readonly backend: VaultBackend;
  readonly label: string;
  readonly weak: boolean;
  readonly warning: string | null;
  encrypt(plain: string): Buffer;
  decrypt(ciphertext: Buffer): string;
}

export function statusOf(c: Pick<Cipher, 'backend' | 'label' | 'weak' | 'warning'>): VaultStatus {
  return { backend: c.backend, label: c.label, weak: c.weak, warning: c.warning };
}
