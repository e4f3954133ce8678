/**
 * Real image bytes with sharp: generations are a diagonal gradient between two colours taken from the
 * prompt's hash (a transparent background leaves everything outside a centred ellipse at alpha 0); edits
 * tint the first input image towards the prompt colour where the mask is transparent.
 */
import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import type { OutputFormat } from './params';

export interface Encoding {
  format: OutputFormat;
  compression: number | undefined;
  transparent: boolean;
}

type Rgb = [number, number, number];

export function promptColours(prompt: string, variant = 0): [Rgb, Rgb] {
  const h = createHash('sha256').update(`${variant}:${prompt}`).digest();
  return [
    [h[0] ?? 0, h[1] ?? 0, h[2] ?? 0],
    [h[3] ?? 255, h[4] ?? 255, h[5] ?? 255],
  ];
}

function encode(img: Sharp, enc: Encoding): Promise<Buffer> {
  const quality = enc.compression ?? 90;
  if (!enc.transparent) img = img.flatten({ background: '#ffffff' });
  if (enc.format === 'jpeg') return img.jpeg({ quality }).toBuffer();
  if (enc.format === 'webp') return img.webp({ quality }).toBuffer();
  return img.png({ compressionLevel: 3 }).toBuffer();
}

/** A small raw gradient upscaled by sharp: fast even at 1536×1024. */
export function renderGenerated(prompt: string, width: number, height: number, variant: number, enc: Encoding): Promise<Buffer> {
  const sw = Math.ceil(width / 16);
  const sh = Math.ceil(height / 16);
  const [a, b] = promptColours(prompt, variant);
  const raw = Buffer.alloc(sw * sh * 4);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const t = (x / (sw - 1) + y / (sh - 1)) / 2;
      const i = (y * sw + x) * 4;
      raw[i] = Math.round(a[0] + (b[0] - a[0]) * t);
      raw[i + 1] = Math.round(a[1] + (b[1] - a[1]) * t);
      raw[i + 2] = Math.round(a[2] + (b[2] - a[2]) * t);
      const dx = (x + 0.5) / sw - 0.5;
      const dy = (y + 0.5) / sh - 0.5;
      raw[i + 3] = !enc.transparent || (dx * dx) / 0.1225 + (dy * dy) / 0.1225 <= 1 ? 255 : 0;
    }
  }
  const img = sharp(raw, { raw: { width: sw, height: sh, channels: 4 } }).resize(width, height, { kernel: 'nearest' });
  return encode(img, enc);
}

/** Tints the image towards the prompt colour where the mask's alpha is below 128 (everywhere, lightly, without a mask). */
export async function renderEdited(
  image: Buffer,
  mask: Buffer | undefined,
  prompt: string,
  width: number,
  height: number,
  enc: Encoding,
): Promise<Buffer> {
  const base = await sharp(image).resize(width, height, { fit: 'cover' }).ensureAlpha().raw().toBuffer();
  const alpha = mask
    ? await sharp(mask).resize(width, height, { fit: 'fill' }).ensureAlpha().extractChannel(3).raw().toBuffer()
    : undefined;
  const [tint] = promptColours(prompt);
  for (let p = 0, i = 0; p < width * height; p++, i += 4) {
    const strength = alpha ? ((alpha[p] ?? 255) < 128 ? 0.6 : 0) : 0.25;
    if (strength === 0) continue;
    tint.forEach((t, c) => (base[i + c] = Math.round((base[i + c] ?? 0) * (1 - strength) + t * strength)));
    if (alpha) base[i + 3] = 255;
  }
  return encode(sharp(base, { raw: { width, height, channels: 4 } }), enc);
}
