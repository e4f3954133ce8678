/** Browser-side helpers for recordings: which files are accepted, their duration, and their bytes as base64 parts. */
import { i18n } from '../../i18n';
import { formatList } from '../../i18n/format';

export const ACCEPTED_EXTENSIONS = ['m4a', 'mp3', 'wav', 'webm', 'ogg', 'flac', 'aac', 'mp4', 'mov', 'mkv'] as const;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');
const VIDEO = new Set(['mp4', 'mov', 'mkv', 'webm']);

export const extensionOf = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Why a file cannot be queued, or null when it can. Core checks again; this only saves an upload. */
export function refusalReason(file: { name: string; size: number }): string | null {
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) {
    return i18n.t('core:errors.not_recording_format', { file: file.name, formats: formatList(ACCEPTED_EXTENSIONS, 'disjunction') });
  }
  if (file.size === 0) return i18n.t('core:errors.empty_file', { file: file.name });
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

const ascii = (head: Uint8Array, at: number, text: string) => [...text].every((c, i) => head[at + i] === c.charCodeAt(0));

/**
 * Whether the first bytes of a file start like a recording container (WAV, MP3, MP4/M4A/MOV, Matroska/WebM,
 * Ogg, FLAC, AAC, MPEG). Only asked when the browser could not read a length: a file that fails both is not
 * audio (a renamed .txt or .pdf) and is refused before anything is uploaded. Core probes again with ffprobe.
 */
export function looksLikeRecording(head: Uint8Array): boolean {
  if (head.length < 4) return false;
  if (ascii(head, 0, 'RIFF') || ascii(head, 0, 'ID3') || ascii(head, 0, 'OggS') || ascii(head, 0, 'fLaC') || ascii(head, 0, 'FORM')) return true;
  if (['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip'].some((box) => ascii(head, 4, box))) return true;
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return true; // Matroska / WebM
  if (head[0] === 0xff && (head[1]! & 0xe0) === 0xe0) return true; // MPEG audio frame or ADTS AAC
  if (head[0] === 0 && head[1] === 0 && head[2] === 1 && (head[3] === 0xba || head[3] === 0xb3)) return true; // MPEG program stream
  return head[0] === 0x47 && head.length > 188 && head[188] === 0x47; // MPEG transport stream
}

/** The first bytes of a file, for looksLikeRecording. */
export async function readHead(file: Blob, bytes = 512): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, bytes).arrayBuffer());
}
