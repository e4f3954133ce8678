import type { Db } from '../connection';

/** Ciphertext blobs of API keys; never plaintext. */
export function createSecretsRepo(db: Db) {
  const get = db.prepare<[string], { backend: string; ciphertext: Buffer }>('SELECT backend, ciphertext FROM secrets WHERE ref = ?');
  const put = db.prepare(
    'INSERT INTO secrets (ref, backend, ciphertext, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(ref) DO UPDATE SET backend = excluded.backend, ciphertext = excluded.ciphertext, updated_at = excluded.updated_at',
  );
  const remove = db.prepare('DELETE FROM secrets WHERE ref = ?');
  return {
    get: (ref: string) => get.get(ref),
    put: (ref: string, backend: string, ciphertext: Buffer) => void put.run(ref, backend, ciphertext, new Date().toISOString()),
    remove: (ref: string) => void remove.run(ref),
  };
}
export type SecretsRepo = ReturnType<typeof createSecretsRepo>;
