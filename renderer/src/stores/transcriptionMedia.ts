/** Browser-side helpers for recordings: which files are accepted, their duration, and their bytes as base64 parts. */

export const ACCEPTED_EXTENSIONS = ['m4a', 'mp3', 'wav', 'webm', 'ogg', 'flac', 'aac', 'mp4', 'mov', 'mkv'] as const;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');
const VIDEO = new Set(['mp4', 'mov', 'mkv', 'webm']);

export const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Why a file cannot be queued, or null when it can. Core checks again; this only saves an upload. */
export function refusalReason(file: { name: string; size: number }): string | null {
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
    return `“${file.name}” is not a recording format Atelier takes. Use ${ACCEPTED_EXTENSIONS.slice(0, -1).join(', ')} or ${ACCEPTED_EXTENSIONS.at(-1)}.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

const METADATA_TIMEOUT_MS = 8000;

/**
 * The duration the browser reads from the file's header (an <audio> or <video> element on an object
 * URL), in ms; null when it cannot tell (an unsupported codec, a damaged file, a live stream).
 */
export function readDuration(file: Blob & { name?: string }): Promise<number | null> {
  return new Promise((resolve) => {
    const ext = extensionOf(file.name ?? '');
    const el = document.createElement(VIDEO.has(ext) ? 'video' : 'audio');
    const url = URL.createObjectURL(file);
    let settled = false;
    const finish = (ms: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      el.removeAttribute('src');
      el.load();
      URL.revokeObjectURL(url);
      resolve(ms);
    };
    const timer = setTimeout(() => finish(null), METADATA_TIMEOUT_MS);
    el.preload = 'metadata';
    el.muted = true;
    el.onloadedmetadata = () => finish(Number.isFinite(el.duration) && el.duration > 0 ? Math.round(el.duration * 1000) : null);
    el.onerror = () => finish(null);
    el.src = url;
  });
}

/** One slice of a file as base64 (FileReader does the encoding natively, without building strings by hand). */
export function sliceBase64(file: Blob, start: number, end: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file.slice(start, end));
  });
}
