/**
 * The studio's image work with sharp: storage tiers (original as returned, WebP preview, small
 * thumbnail, all stored by content hash), mask validation before sending, "keep unmasked pixels
 * exact" compositing, and local upscaling on export.
 */
import sharp from 'sharp';
import { AppFailure } from '../../../../shared/errors';
import type { MediaStore } from '../../media/store';

export const PREVIEW_MAX = 1280;
export const THUMB_MAX = 256;
/** The API's mask limit (the reference says under 4 MB). */
export const MASK_MAX_BYTES = 4 * 1024 * 1024;
const MIME: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', jpg: 'image/jpeg', webp: 'image/webp' };

export interface StoredTiers {
  hash: string;
  previewHash: string;
  thumbHash: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Decodes once (straight to preview size: every later step works on that small raw buffer), then
 * encodes the WebP preview and the thumbnail in parallel on sharp's threads while this thread hashes
 * and writes the original untouched.
 */
export async function storeTiers(media: MediaStore, bytes: Buffer, name: string): Promise<StoredTiers> {
  const meta = await sharp(bytes).metadata().catch(() => {
    throw new AppFailure('unsupported_format', 'The image could not be read.');
  });
  const mime = MIME[meta.format ?? ''];
  if (!mime || !meta.width || !meta.height) throw new AppFailure('unsupported_format', `Images must be PNG, JPEG or WebP (got ${meta.format ?? 'unknown'}).`);
  const decoded = await sharp(bytes, { failOn: 'error' })
    .resize(PREVIEW_MAX, PREVIEW_MAX, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw new AppFailure('unsupported_format', 'The image could not be decoded.');
    });
  const raw = { raw: { width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels } };
  const encodes = Promise.all([
    sharp(decoded.data, raw).webp({ quality: 80, effort: 1 }).toBuffer({ resolveWithObject: true }),
    sharp(decoded.data, raw).resize(THUMB_MAX, THUMB_MAX, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 70, effort: 0 }).toBuffer({ resolveWithObject: true }),
  ]);
  const size = { width: meta.width, height: meta.height };
  let hash: string;
  try {
    hash = media.put(bytes, mime, name, size);
  } finally {
    await encodes.catch(() => undefined);
  }
  const [preview, thumb] = await encodes;
  return {
    hash,
    previewHash: media.put(preview.data, 'image/webp', `${name}.preview.webp`, { width: preview.info.width, height: preview.info.height }),
    thumbHash: media.put(thumb.data, 'image/webp', `${name}.thumb.webp`, { width: thumb.info.width, height: thumb.info.height }),
    mime,
    width: meta.width,
    height: meta.height,
    bytes: bytes.length,
  };
}

/** Refuses a mask the API would refuse, with the reason: PNG, an alpha channel, the first image's size, under 4 MB. */
export async function validateMask(mask: Buffer, first: { width: number; height: number }): Promise<void> {
  if (mask.length >= MASK_MAX_BYTES) throw new AppFailure('too_large', `The mask is ${(mask.length / 1048576).toFixed(1)} MB; the API takes masks under 4 MB.`, { field: 'mask' });
  const meta = await sharp(mask).metadata().catch(() => null);
  if (!meta || meta.format !== 'png') throw new AppFailure('unsupported_format', 'The mask must be a PNG image.', { field: 'mask' });
  if (!meta.hasAlpha) throw new AppFailure('invalid_input', 'The mask needs an alpha channel: transparent pixels mark the area to edit.', { field: 'mask' });
  if (meta.width !== first.width || meta.height !== first.height) {
    throw new AppFailure('invalid_input', `The mask is ${meta.width} × ${meta.height} but the first image is ${first.width} × ${first.height}; they must match.`, { field: 'mask' });
  }
  const { data } = await sharp(mask).ensureAlpha().extractChannel(3).raw().toBuffer({ resolveWithObject: true });
  if (!data.some((a) => a < 128)) throw new AppFailure('invalid_input', 'The mask marks nothing to edit: paint the area to change first.', { field: 'mask' });
}

/**
 * gpt-image masks are guidance, not a guarantee: puts the original's pixels back wherever the mask is
 * opaque (the area to keep), at the original's size, as a lossless PNG.
 */
export async function keepUnmasked(original: Buffer, result: Buffer, mask: Buffer): Promise<Buffer> {
  const meta = await sharp(original).metadata();
  const width = meta.width!;
  const height = meta.height!;
  const [orig, edited, alpha] = await Promise.all([
    sharp(original).ensureAlpha().raw().toBuffer(),
    sharp(result).resize(width, height, { fit: 'fill' }).ensureAlpha().raw().toBuffer(),
    sharp(mask).resize(width, height, { fit: 'fill' }).ensureAlpha().extractChannel(3).raw().toBuffer(),
  ]);
  for (let p = 0; p < width * height; p++) {
    if ((alpha[p] ?? 0) >= 128) orig.copy(edited, p * 4, p * 4, p * 4 + 4);
  }
  return sharp(edited, { raw: { width, height, channels: 4 } }).png().toBuffer();
}

/** Local upscaling (Lanczos), labelled as such wherever it is offered: no model is involved. */
export async function upscale(bytes: Buffer, factor: 2 | 4): Promise<{ data: Buffer; width: number; height: number }> {
  const meta = await sharp(bytes).metadata();
  const width = meta.width! * factor;
  const height = meta.height! * factor;
  const data = await sharp(bytes).resize(width, height, { kernel: 'lanczos3' }).png().toBuffer();
  return { data, width, height };
}

/** Whether an image has at least one transparent pixel (brand rule "transparent background"). */
export async function hasTransparency(bytes: Buffer): Promise<boolean> {
  const meta = await sharp(bytes).metadata();
  if (!meta.hasAlpha) return false;
  const stats = await sharp(bytes).stats();
  return (stats.channels[3]?.min ?? 255) < 255;
}

/** Reads a reference image's size and format; refuses what the edits endpoint does not take. */
export async function readImage(bytes: Buffer): Promise<{ width: number; height: number; mime: string }> {
  // sharp() throws at once (not in the promise) on an empty buffer.
  const meta = bytes.length === 0 ? null : await sharp(bytes).metadata().catch(() => null);
  const mime = MIME[meta?.format ?? ''];
  if (!meta || !mime || !meta.width || !meta.height) throw new AppFailure('unsupported_format', 'Reference images must be PNG, JPEG or WebP.');
  return { width: meta.width, height: meta.height, mime };
}
