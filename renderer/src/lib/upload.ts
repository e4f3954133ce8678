import { UPLOAD_PART_MAX_BYTES } from '../../../shared/contract/transcription';
import type { AppError } from '../../../shared/errors';
import { call } from '../api';

/** Bytes per uploads.append call: within UPLOAD_PART_MAX_BYTES (one WebSocket frame), small enough to move a progress bar. */
export const UPLOAD_PART_BYTES = Math.min(4 * 1024 * 1024, UPLOAD_PART_MAX_BYTES);

export interface UploadHooks {
  /** The upload exists (before any part is sent): a caller whose batch fails later can cancel it. */
  started(uploadId: string): void;
  /** After each part: how many bytes of this file have been sent. */
  progress(sent: number): void;
  /** Asked before each part: the error to stop with (the user stopped the upload), or null to go on. */
  stopped?(): AppError | null;
  /** The error for a file the browser can no longer read (moved, deleted); the read error as is when absent. */
  unreadable?(): AppError;
}

/** One slice of a file as raw bytes, for an upload part (sent as a binary frame, never as base64). */
export async function sliceBytes(file: Blob, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

/** Sends one file to core in parts, in order, and returns its upload id; throws the AppError that stopped it. */
export async function uploadFile(file: File, hooks: UploadHooks): Promise<string> {
  const begun = await call('uploads.begin', { name: file.name, bytes: Math.max(1, file.size) });
  if (!begun.ok) throw begun.error;
  const { uploadId } = begun.value;
  hooks.started(uploadId);
  for (let offset = 0; offset < file.size; offset += UPLOAD_PART_BYTES) {
    const stop = hooks.stopped?.();
    if (stop) throw stop;
    const end = Math.min(file.size, offset + UPLOAD_PART_BYTES);
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await sliceBytes(file, offset, end);
    } catch (error) {
      throw hooks.unreadable ? hooks.unreadable() : error;
    }
    const r = await call('uploads.append', { uploadId, offset, bytes });
    if (!r.ok) throw r.error;
    hooks.progress(end);
  }
  return uploadId;
}
