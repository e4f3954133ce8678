import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../../../shared/errors';

interface Upload {
  name: string;
  bytes: number;
  received: number;
  file: string;
}

/** Recordings arrive in parts (hours of audio do not fit one message); parts must come in order. */
export function createUploads(dir: string) {
  const uploads = new Map<string, Upload>();
  fs.mkdirSync(dir, { recursive: true });
  // Parts left by a previous run can never be finished: clear them.
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.part')) fs.rmSync(path.join(dir, f), { force: true });
  return {
    begin(name: string, bytes: number): string {
      const id = crypto.randomUUID();
      uploads.set(id, { name, bytes, received: 0, file: path.join(dir, `${id}.part`) });
      fs.writeFileSync(path.join(dir, `${id}.part`), '');
      return id;
    },
    append(id: string, offset: number, data: Buffer): number {
      const u = uploads.get(id);
      if (!u) throw new AppFailure('not_found', 'That upload expired; add the file again.');
      if (offset !== u.received) throw new AppFailure('invalid_input', `Parts arrived out of order (expected byte ${u.received}, got ${offset}).`);
      if (u.received + data.length > u.bytes) throw new AppFailure('invalid_input', 'The file is larger than announced.');
      fs.appendFileSync(u.file, data);
      u.received += data.length;
      return u.received;
    },
    /** Forgets an upload and deletes what arrived of it; false when it was already taken or unknown. */
    cancel(id: string): boolean {
      const u = uploads.get(id);
      if (!u) return false;
      uploads.delete(id);
      fs.rmSync(u.file, { force: true });
      return true;
    },
    /** Hands over a finished upload's file (moved by the caller) and forgets it. */
    take(id: string): { name: string; file: string; bytes: number } {
      const u = uploads.get(id);
      if (!u) throw new AppFailure('not_found', 'That upload expired; add the file again.');
      if (u.received !== u.bytes) throw new AppFailure('invalid_input', `"${u.name}" did not finish uploading (${u.received} of ${u.bytes} bytes).`);
      uploads.delete(id);
      return { name: u.name, file: u.file, bytes: u.bytes };
    },
  };
}
export type Uploads = ReturnType<typeof createUploads>;
