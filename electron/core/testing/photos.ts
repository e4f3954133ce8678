/**
 * Realistic test images made with sharp: phone-like photos (sensor noise over gradients, EXIF with
 * orientation and GPS), and the broken files analysts really meet (empty, truncated, renamed, HEIC,
 * decompression bombs). Used by unit tests, e2e and the vision benchmark.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import sharp from 'sharp';

export interface PhotoOptions {
  width: number;
  height: number;
  seed?: number;
  /** EXIF orientation 1–8 (6 = the phone was held upright: pixels stored sideways). */
  orientation?: number;
  gps?: boolean;
  quality?: number;
}

/** Two RGB colours from a seed, for gradients that differ per photo. */
function colours(seed: number): [number[], number[]] {
  const h = crypto.createHash('sha256').update(String(seed)).digest();
  return [[h[0]!, h[1]!, h[2]!], [h[3]!, h[4]!, h[5]!]];
}

/**
 * A JPEG that compresses like a phone photo: a diagonal gradient, a lighter disc, and per-pixel
 * sensor noise (so it does not shrink to nothing), with EXIF (camera, orientation, GPS).
 */
export async function phonePhoto({ width, height, seed = 1, orientation = 1, gps = true, quality = 92 }: PhotoOptions): Promise<Buffer> {
  const [a, b] = colours(seed);
  const px = Buffer.allocUnsafe(width * height * 3);
  let state = (seed * 2654435761) >>> 0 || 1;
  const cx = width * 0.35;
  const cy = height * 0.45;
  const r2 = (Math.min(width, height) * 0.2) ** 2;
  // Texture at several scales (foliage, fabric, paper): fine noise alone would average away on downscaling.
  const cols = Math.ceil(width / 6) + 1;
  const texture = new Int8Array(cols * (Math.ceil(height / 6) + 1)).map((_, k) => ((Math.imul(k + seed, 2654435761) >>> 24) % 41) - 20);
  for (let y = 0, i = 0; y < height; y++) {
    const row = Math.floor(y / 6) * cols;
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      const disc = ((x - cx) ** 2 + (y - cy) ** 2 < r2 ? 40 : 0) + texture[row + Math.floor(x / 6)]!;
      for (let c = 0; c < 3; c++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const noise = ((state >>> 0) % 25) - 12;
        const v = a[c]! * (1 - t) + b[c]! * t + disc + noise;
        px[i++] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
  const exif: Record<string, Record<string, string>> = { IFD0: { Make: 'Atelier', Model: 'Test Phone 12' } };
  if (gps) exif.IFD3 = { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 300/100' };
  return sharp(px, { raw: { width, height, channels: 3 } }).withExif(exif).withMetadata({ orientation }).jpeg({ quality }).toBuffer();
}

/** A PNG with transparency (a UI screenshot with a rounded window, say). */
export async function transparentPng(width = 400, height = 300): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="10" y="10" rx="24" width="${width - 20}" height="${height - 20}" fill="#3366cc"/><text x="40" y="80" font-size="32" fill="white">Invoice 2026-0042</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A two-frame animated GIF (red, then blue). */
export async function animatedGif(width = 64, height = 48): Promise<Buffer> {
  const frame = (c: string) => sharp({ create: { width, height, channels: 3, background: c } }).png().toBuffer();
  return sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } }).gif().toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A tiny file whose PNG header claims width × height pixels (20,000² by default): a decompression bomb. */
export function pngBomb(width = 20_000, height = 20_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * An HEIF container branded 'heic' with HEVC item types, as iPhones write (an AVIF relabelled: no HEVC
 * encoder exists here, and sharp's prebuilt libheif has no HEVC decoder either).
 */
export async function heicPhoto(): Promise<Buffer> {
  const avif = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#884422' } }).avif({ quality: 50 }).toBuffer();
  const s = avif.toString('latin1').replace('avif', 'heic').replaceAll('av01', 'hvc1').replaceAll('av1C', 'hvcC');
  return Buffer.from(s, 'latin1');
}

/** The first half of a JPEG. */
export const truncated = (jpeg: Buffer): Buffer => jpeg.subarray(0, Math.floor(jpeg.length / 2));
