/** Media the UI can load by URL (recordings for playback, image attachments), served by each host below /media/. */
export type MediaKind = 'recording' | 'attachment';
export const MEDIA_PREFIX = '/media/';

export const mediaPath = (kind: MediaKind, id: string) => `${MEDIA_PREFIX}${kind}/${encodeURIComponent(id)}`;

/** kind and id from a request path below the app root, or null. */
export function parseMediaPath(pathname: string): { kind: MediaKind; id: string } | null {
  const m = /^\/media\/(recording|attachment)\/([A-Za-z0-9-]{1,100})$/.exec(pathname);
  return m ? { kind: m[1] as MediaKind, id: m[2]! } : null;
}

const AUDIO_TYPES: Record<string, string> = {
  '.m4a': 'audio/mp4', '.mp3': 'audio/mpeg', '.wav': 'audio/wav', '.webm': 'audio/webm', '.ogg': 'audio/ogg', '.oga': 'audio/ogg', '.opus': 'audio/ogg',
  '.flac': 'audio/flac', '.aac': 'audio/aac', '.mp4': 'video/mp4', '.mov': 'video/quicktime', '.mkv': 'video/x-matroska', '.mpeg': 'audio/mpeg', '.mpga': 'audio/mpeg',
};
export const mediaType = (ext: string) => AUDIO_TYPES[ext.toLowerCase()] ?? 'application/octet-stream';

/** An HTTP Range header (one range) against a size: the bytes to send, 'invalid' for a 416, or null for the whole file. */
export function parseRange(header: string | null | undefined, size: number): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start > end || start >= size ? 'invalid' : { start, end };
}
