import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChatAttachment } from '../../../shared/contract';
import type { MediaRepo } from '../db/repos/media';

/** Images, audio and exports, stored once each under the SHA-256 of their bytes. */
export function createMediaStore(root: string, repo: MediaRepo) {
  const pathOf = (hash: string) => path.join(root, hash.slice(0, 2), hash);
  return {
    pathOf,
    put(bytes: Buffer, mime: string, originalName: string | null = null, size?: { width: number; height: number }): string {
      const hash = crypto.createHash('sha256').update(bytes).digest('hex');
      const file = pathOf(hash);
      if (!fs.existsSync(file)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, bytes);
        fs.renameSync(tmp, file); // atomic: a crash never leaves a half-written file under a hash name
      }
      repo.insert({ hash, mime, bytes: bytes.length, originalName, width: size?.width ?? null, height: size?.height ?? null, createdAt: new Date().toISOString() });
      return hash;
    },
    /** What is known of a stored file, as an attachment (tokens are estimated by the caller). */
    describe(hash: string): ChatAttachment | undefined {
      const row = repo.get(hash);
      if (!row || !fs.existsSync(pathOf(hash))) return undefined;
      const kind = row.mime.startsWith('image/') ? 'image' : 'text';
      return { hash, kind, name: row.originalName ?? hash.slice(0, 12), mime: row.mime, bytes: row.bytes, width: row.width ?? null, height: row.height ?? null, tokens: 0 };
    },
    /** Deletes a stored file and its row (callers check nothing else uses it). */
    remove(hash: string): void {
      fs.rmSync(pathOf(hash), { force: true });
      repo.remove(hash);
    },
    read(hash: string): Buffer | null {
      const file = pathOf(hash);
      return fs.existsSync(file) ? fs.readFileSync(file) : null;
    },
  };
}
export type MediaStore = ReturnType<typeof createMediaStore>;
