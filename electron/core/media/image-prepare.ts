/**
 * Images made ready for a vision model: upright (EXIF orientation applied), every piece of metadata
 * stripped (GPS included: sharp writes none unless asked), optionally cropped, scaled to the largest
 * size the model and detail level actually use (shared/pricing resizeForModel: no pixel the API would
 * throw away is uploaded) and re-encoded compactly. Broken inputs fail with typed, actionable errors.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { AppFailure } from '../../../shared/errors';
import { imageInputTokens, resizeForModel, type PriceOverrides, type Size, type VisionDetail } from '../../../shared/pricing';
import { isSrgbProfile } from './icc';

/** Larger inputs are refused before decoding (a 20,000 × 20,000 "decompression bomb" is 400 MP). */
export const MAX_INPUT_PIXELS = 100_000_000;
/** Originals above this are refused before reading (the API's own limit applies to what is sent). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/** What the API accepts per image. */
export const MAX_SENT_BYTES = 20 * 1024 * 1024;

const DECODABLE = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'heif']);

export interface ImageProbe {
  format: string;
  /** Upright size (after EXIF orientation). */
  width: number;
  height: number;
  bytes: number;
  /** Frames in an animated GIF/WebP; only the first is analysed. */
  pages: number;
  hasAlpha: boolean;
  /** Present in the original and removed from what is sent. */
  hadExif: boolean;
  hadGps: boolean;
  /**
   * The embedded colour profile: none; sRGB itself on an 8-bit image (its conversion to sRGB changes
   * nothing and is skipped); or another, converted (16-bit images too: sharp works on those in P3).
   */
  colourProfile: 'none' | 'srgb' | 'other';
}

export interface CropRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PrepareTarget {
  model: string;
  detail: VisionDetail;
  crop?: CropRect | null;
  overrides?: PriceOverrides;
}

export interface PreparedImage {
  data: Buffer;
  mime: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  /** Image input tokens at this size (null: the model is not in the catalog). */
  tokens: number | null;
  original: ImageProbe;
  /** Things the user should know (first frame only, crop clamped…). */
  notes: string[];
}

type Source = string | Buffer;

const label = (name: string) => `"${name.length > 80 ? `${name.slice(0, 38)}…${name.slice(-38)}` : name}"`;

function bytesOf(source: Source, name: string): number {
  if (Buffer.isBuffer(source)) return source.length;
  try {
    return fs.statSync(source).size;
  } catch {
    throw new AppFailure('not_found', `${label(name)} can no longer be read; it may have been moved or deleted.`);
  }
}

/** HEIF brands that mean HEVC-coded pictures (iPhone photos), read from the ftyp box. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);

function head(source: Source): Buffer {
  if (Buffer.isBuffer(source)) return source.subarray(0, 32);
  const fd = fs.openSync(source, 'r');
  try {
    const buf = Buffer.alloc(32);
    return buf.subarray(0, fs.readSync(fd, buf, 0, 32, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether the file is HEIC by its header, whatever its name. */
export function looksHeic(source: Source): boolean {
  const h = head(source);
  return h.subarray(4, 8).toString('latin1') === 'ftyp' && HEIC_BRANDS.has(h.subarray(8, 12).toString('latin1'));
}

/** Sharp's own messages, turned into errors a person can act on. */
export const decodeError = (name: string, error: unknown): AppFailure => (error instanceof AppFailure ? error : decodeFailure(name, error));

function decodeFailure(name: string, error: unknown, format?: string): AppFailure {
  const text = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(text)) {
    return new AppFailure('too_large', `${label(name)} has more than ${MAX_INPUT_PIXELS / 1e6} megapixels; scale it down before analysing it.`, { limitPixels: MAX_INPUT_PIXELS });
  }
  if (format === 'heic' || /hevc|compression format has not been built/i.test(text)) {
    return new AppFailure('unsupported_format', `${label(name)} is a HEIC photo, which cannot be decoded here. Export it as JPEG (on iPhone: Settings → Camera → Formats → Most Compatible).`);
  }
  if (/unsupported image format/i.test(text)) {
    return new AppFailure('unsupported_format', `${label(name)} is not an image (its contents match no image format, whatever its name says). Use JPEG, PNG, WebP, GIF, TIFF or AVIF.`);
  }
  return new AppFailure('unsupported_format', `${label(name)} is damaged or truncated and could not be decoded. Open and re-save it, or skip it.`);
}

/**
 * libvips' operation cache would keep recently decoded originals (up to 50 MB) alive between images of
 * a batch that never reuses one; without it memory stays flat however many images go through.
 */
sharp.cache(false);

/**
 * Read front to back once (no random access, so libvips streams the decode instead of buffering it).
 * An embedded sRGB profile is not applied: converting sRGB to sRGB is the identity, and cost a fifth of
 * a 12-megapixel photo's preparation (see icc.ts); any other profile is converted to sRGB as before.
 */
const open = (source: Source, probe?: Pick<ImageProbe, 'colourProfile'>) =>
  sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true, pages: 1, sequentialRead: true, ignoreIcc: probe?.colourProfile === 'srgb' });

/**
 * A quote opening a token of libvips' file-name option syntax (after a bracket, '=' or ',') makes it
 * misread the path; such paths are opened as they are. Checked against 441 names mixing quotes,
 * brackets, commas and '=' in folder and file names.
 */
const MISREAD_BY_OPTIONS = /[[\]=,]\s*["']/;

/**
 * The JPEG decode scale (libjpeg's DCT scaling: 1/2, 1/4, 1/8) for scaling `from` down to `to`: the
 * largest that still decodes at least the target size, so nothing is ever scaled up. sharp on its own
 * keeps a whole further factor in hand (it would decode a 12 MP photo in full to send it at 1408 × 1056,
 * a factor of 2.84), and that full decode was most of the time a phone photo took to prepare. From 9 on
 * sharp's own choice (1/8) is already right, except for a crop, whose decode sharp never scales.
 */
export function jpegDecodeShrink(from: Size, to: Size, cropped = false): 1 | 2 | 4 | 8 {
  const factor = Math.min(from.width / to.width, from.height / to.height);
  if (factor >= 9 && !cropped) return 1;
  return factor >= 8 ? 8 : factor >= 4 ? 4 : factor >= 2 ? 2 : 1;
}

/**
 * A crop of the upright image in the pixels of that image decoded at 1/shrink (libjpeg rounds sizes
 * up): grown outward to whole pixels, never smaller than the crop, never past the edge.
 */
export function scaleCrop(crop: CropRect, shrink: number, full: Size): CropRect {
  const left = Math.floor(crop.left / shrink);
  const top = Math.floor(crop.top / shrink);
  const right = Math.min(Math.ceil(full.width / shrink), Math.ceil((crop.left + crop.width) / shrink));
  const bottom = Math.min(Math.ceil(full.height / shrink), Math.ceil((crop.top + crop.height) / shrink));
  return { left, top, width: right - left, height: bottom - top };
}

/** The scale to decode a source at: JPEG files only (a Buffer has no load options in sharp). */
function decodeShrink(source: Source, probe: ImageProbe, size: Size, crop: CropRect | null): number {
  return typeof source === 'string' && probe.format === 'jpeg' && !MISREAD_BY_OPTIONS.test(source) ? jpegDecodeShrink(crop ?? probe, size, Boolean(crop)) : 1;
}

/**
 * An image opened and cropped, ready to be scaled to `size`. JPEG files are opened at a decode scale
 * through libvips' `file.jpg[shrink=2]` load option (sharp has none for it); what is left to scale is
 * then below 2, so sharp never reloads the file at a scale of its own.
 */
function openFor(source: Source, probe: ImageProbe, crop: CropRect | null, shrink: number) {
  if (shrink === 1) return crop ? open(source, probe).extract(crop) : open(source, probe);
  const img = open(`${source as string}[shrink=${shrink}]`, probe);
  return crop ? img.extract(scaleCrop(crop, shrink, probe)) : img;
}

/** Reads the header only: format, upright size, frames, and what metadata the original carries. */
export async function probeImage(source: Source, name: string): Promise<ImageProbe> {
  const bytes = bytesOf(source, name);
  if (bytes === 0) throw new AppFailure('invalid_input', `${label(name)} is empty (0 bytes).`);
  if (bytes > MAX_INPUT_BYTES) throw new AppFailure('too_large', `${label(name)} is ${(bytes / 1024 ** 2).toFixed(0)} MB; originals can be at most ${MAX_INPUT_BYTES / 1024 ** 2} MB.`);
  const heic = looksHeic(source);
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch (error) {
    throw decodeFailure(name, error, heic ? 'heic' : undefined);
  }
  if (!meta.format || !DECODABLE.has(meta.format) || !meta.width || !meta.height) {
    throw new AppFailure('unsupported_format', `${label(name)} is a ${meta.format ?? 'unknown'} file; use JPEG, PNG, WebP, GIF, TIFF or AVIF.`);
  }
  if (meta.format === 'heif' && (heic || meta.compression === 'hevc')) throw decodeFailure(name, new Error('hevc'), 'heic');
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw decodeFailure(name, new Error('pixel limit'));
  const turned = (meta.orientation ?? 1) >= 5;
  const exif = meta.exif ? meta.exif.toString('latin1') : '';
  return {
    format: meta.format === 'heif' ? 'avif' : meta.format,
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
    bytes,
    pages: meta.pages ?? 1,
    hasAlpha: meta.hasAlpha === true,
    hadExif: Boolean(meta.exif),
    // The GPS IFD tag (0x8825) in either byte order.
    hadGps: exif.includes('\x88\x25') || exif.includes('\x25\x88'),
    colourProfile: !meta.icc ? 'none' : meta.depth === 'uchar' && isSrgbProfile(meta.icc) ? 'srgb' : 'other',
  };
}

/** A crop clamped to the image; null when it covers (almost) nothing useful. */
function clampCrop(crop: CropRect, size: Size): CropRect | null {
  const left = Math.max(0, Math.min(size.width - 1, Math.round(crop.left)));
  const top = Math.max(0, Math.min(size.height - 1, Math.round(crop.top)));
  const width = Math.max(1, Math.min(size.width - left, Math.round(crop.width)));
  const height = Math.max(1, Math.min(size.height - top, Math.round(crop.height)));
  return width >= 8 && height >= 8 ? { left, top, width, height } : null;
}

/** The pixel size that would be sent, without decoding: what estimates and previews use. */
export function plannedSize(probe: Pick<ImageProbe, 'width' | 'height'>, target: PrepareTarget): Size {
  const base = target.crop ? (clampCrop(target.crop, probe) ?? probe) : probe;
  return resizeForModel(target.model, base.width, base.height, target.detail, target.overrides);
}

/**
 * Decodes, orients, crops, scales and re-encodes one image in a single libvips pipeline. Opaque images
 * become baseline JPEG at quality 85 with the standard Huffman tables: optimised tables made a phone
 * photo's upload 2 % smaller (335 instead of 342 KB) but quadrupled the encode (about 15 of a 12 MP
 * photo's 100 ms; 7 KB take 6 ms on a 10 Mbit/s uplink), and mozjpeg's trellis search made files about
 * 5 % smaller for ten times the encode time. The pixels are the same either way. Images with
 * transparency become WebP so the alpha survives.
 * JPEG files are shrunk while they are decoded (libjpeg's DCT scaling, see jpegDecodeShrink), so a
 * 12-megapixel photo is never decoded at full size when it is sent at 1–2 megapixels.
 */
export async function prepareImage(source: Source, name: string, target: PrepareTarget, known?: ImageProbe): Promise<PreparedImage> {
  const original = known ?? (await probeImage(source, name));
  const notes: string[] = [];
  if (original.pages > 1) notes.push(`Only the first of ${original.pages} frames is analysed.`);
  const crop = target.crop ? clampCrop(target.crop, original) : null;
  if (target.crop && !crop) notes.push('The crop was too small and was ignored.');
  const size = resizeForModel(target.model, crop?.width ?? original.width, crop?.height ?? original.height, target.detail, target.overrides);
  const alpha = original.hasAlpha;
  const encode = (shrink: number) => {
    const img = openFor(source, original, crop, shrink).resize({ width: size.width, height: size.height, fit: 'fill', withoutEnlargement: true, fastShrinkOnLoad: true });
    return (alpha ? img.webp({ quality: 90, alphaQuality: 100, effort: 2 }) : img.jpeg({ quality: 85, optimiseCoding: false })).toBuffer({ resolveWithObject: true });
  };
  try {
    const shrink = decodeShrink(source, original, size, crop);
    // Should libvips still misread a path with its load option, the file is read again as it is.
    const out = await encode(shrink).catch((error: unknown) => (shrink > 1 ? encode(1) : Promise.reject(error)));
    if (out.data.length > MAX_SENT_BYTES) throw new AppFailure('too_large', `${label(name)} is still over 20 MB after preparation; crop it or pick a lower detail level.`);
    return {
      data: out.data,
      mime: alpha ? 'image/webp' : 'image/jpeg',
      width: out.info.width,
      height: out.info.height,
      tokens: imageInputTokens(target.model, out.info.width, out.info.height, target.detail, target.overrides) ?? null,
      original,
      notes,
    };
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw decodeFailure(name, error, original.format);
  }
}

/** A small JPEG preview (grid thumbnails, the detail view). */
export async function thumbnail(source: Source, maxSide = 320): Promise<Buffer> {
  return open(source).resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true }).flatten({ background: '#ffffff' }).jpeg({ quality: 78 }).toBuffer();
}
