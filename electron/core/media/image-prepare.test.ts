import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { imageInputTokens, resizeForModel } from '../../../shared/pricing';
import { animatedGif, heicPhoto, phonePhoto, pngBomb, transparentPng, truncated } from '../testing/photos';
import { jpegDecodeShrink, plannedSize, prepareImage, probeImage, scaleCrop, thumbnail } from './image-prepare';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-prep-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Mean absolute difference per channel value of two images of the same size (0 = identical, 255 = opposite). */
async function pixelDistance(a: Buffer, b: Buffer): Promise<number> {
  const [pa, pb] = await Promise.all([sharp(a).raw().toBuffer(), sharp(b).raw().toBuffer()]);
  expect(pa.length).toBe(pb.length);
  let sum = 0;
  for (let i = 0; i < pa.length; i++) sum += Math.abs(pa[i]! - pb[i]!);
  return sum / pa.length;
}

const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string; message: string }) => `${e.code}: ${e.message}`);

describe('prepareImage', { timeout: 90_000 }, () => {
  it('applies EXIF orientation, strips all metadata (GPS included) and scales to what the model uses', async () => {
    // Stored sideways (4000×3000) with orientation 6: upright it is 3000×4000.
    const photo = await phonePhoto({ width: 1600, height: 1200, orientation: 6, gps: true });
    const probe = await probeImage(photo, 'IMG_0001.jpg');
    expect(probe).toMatchObject({ format: 'jpeg', width: 1200, height: 1600, hadExif: true, hadGps: true });
    const out = await prepareImage(photo, 'IMG_0001.jpg', { model: 'gpt-4o', detail: 'high' });
    expect(resizeForModel('gpt-4o', 1200, 1600, 'high')).toEqual({ width: 768, height: 1024 });
    expect([out.width, out.height]).toEqual([768, 1024]);
    expect(out.tokens).toBe(imageInputTokens('gpt-4o', 1200, 1600, 'high'));
    const meta = await sharp(out.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(out.data.includes(Buffer.from('Test Phone'))).toBe(false);
    expect(out.data.length).toBeLessThan(photo.length);
    expect(out.mime).toBe('image/jpeg');
  });

  it('low detail sends a 512-px thumbnail; patch models their budget; original keeps more', async () => {
    const photo = await phonePhoto({ width: 4000, height: 3000 });
    const low = await prepareImage(photo, 'a.jpg', { model: 'gpt-4.1', detail: 'low' });
    expect([low.width, low.height]).toEqual([512, 384]);
    expect(low.tokens).toBe(85);
    const patch = await prepareImage(photo, 'a.jpg', { model: 'gpt-5-mini', detail: 'high' });
    expect(patch.width * patch.height).toBeLessThanOrEqual(1536 * 32 * 32);
    expect(patch.tokens).toBe(imageInputTokens('gpt-5-mini', 4000, 3000, 'high'));
    const original = await prepareImage(photo, 'a.jpg', { model: 'gpt-5-mini', detail: 'original' });
    expect(original.width).toBeGreaterThan(patch.width);
    expect(original.tokens).toBe(imageInputTokens('gpt-5-mini', 4000, 3000, 'original'));
  });

  it('crops to a rectangle of the upright image before scaling', async () => {
    const photo = await phonePhoto({ width: 2000, height: 1000 });
    const out = await prepareImage(photo, 'r.jpg', { model: 'gpt-4o', detail: 'high', crop: { left: 1000, top: 0, width: 500, height: 400 } });
    expect([out.width, out.height]).toEqual([500, 400]);
    expect(plannedSize({ width: 2000, height: 1000 }, { model: 'gpt-4o', detail: 'high', crop: { left: 1000, top: 0, width: 500, height: 400 } })).toEqual({ width: 500, height: 400 });
    // A crop past the edge is clamped to the image.
    const clamped = await prepareImage(photo, 'r.jpg', { model: 'gpt-4o', detail: 'high', crop: { left: 1900, top: 900, width: 500, height: 500 } });
    expect([clamped.width, clamped.height]).toEqual([100, 100]);
  });

  it('reads GIF (first frame), TIFF, AVIF, WebP and keeps transparency as WebP', async () => {
    const gif = await prepareImage(await animatedGif(), 'anim.gif', { model: 'gpt-4o', detail: 'high' });
    expect(gif.notes.join(' ')).toMatch(/first of 2 frames/);
    expect([gif.width, gif.height]).toEqual([64, 48]);
    const { data: px } = await sharp(gif.data).raw().toBuffer({ resolveWithObject: true });
    expect(px[0]).toBeGreaterThan(200); // red: the first frame
    const base = sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } });
    for (const [name, bytes] of [
      ['scan.tiff', await base.clone().tiff().toBuffer()],
      ['photo.avif', await base.clone().avif().toBuffer()],
      ['web.webp', await base.clone().webp().toBuffer()],
    ] as const) {
      const out = await prepareImage(bytes, name, { model: 'gpt-4o', detail: 'high' });
      expect([out.width, out.height], name).toEqual([300, 200]);
    }
    const png = await prepareImage(await transparentPng(), 'ui.png', { model: 'gpt-4o', detail: 'high' });
    expect(png.mime).toBe('image/webp');
    expect((await sharp(png.data).metadata()).hasAlpha).toBe(true);
  });

  it('reads from a path with a unicode, very long name', async () => {
    // 240 bytes of UTF-8: near the 255-byte limit of most file systems.
    const name = `${'Квитанция-收据-🧾-'.repeat(7)}.jpg`;
    const file = path.join(dir, name);
    fs.writeFileSync(file, await phonePhoto({ width: 800, height: 600 }));
    const out = await prepareImage(file, name, { model: 'gpt-4o', detail: 'high' });
    expect(out.original.bytes).toBe(fs.statSync(file).size);
  });

  it('decodes JPEG files at the largest DCT scale that still covers the target, never below it', () => {
    // A 12 MP photo sent at 1408 × 1056 (gpt-5-mini high): decoded at half size, then scaled by 1.42.
    expect(jpegDecodeShrink({ width: 4000, height: 3000 }, { width: 1408, height: 1056 })).toBe(2);
    expect(jpegDecodeShrink({ width: 3000, height: 4000 }, { width: 1056, height: 1408 })).toBe(2);
    expect(jpegDecodeShrink({ width: 2816, height: 2112 }, { width: 1408, height: 1056 })).toBe(2);
    expect(jpegDecodeShrink({ width: 2815, height: 2112 }, { width: 1408, height: 1056 })).toBe(1);
    expect(jpegDecodeShrink({ width: 4000, height: 3000 }, { width: 880, height: 660 })).toBe(4);
    expect(jpegDecodeShrink({ width: 4096, height: 3072 }, { width: 512, height: 384 })).toBe(8);
    // From 9 on, sharp's own choice is already 1/8; a crop's decode sharp never scales.
    expect(jpegDecodeShrink({ width: 8000, height: 6000 }, { width: 512, height: 384 })).toBe(1);
    expect(jpegDecodeShrink({ width: 8000, height: 6000 }, { width: 512, height: 384 }, true)).toBe(8);
    // A crop at half scale grows outward to whole pixels and stops at the (rounded-up) edge.
    expect(scaleCrop({ left: 301, top: 0, width: 1201, height: 1799 }, 2, { width: 1801, height: 1799 })).toEqual({ left: 150, top: 0, width: 601, height: 900 });
  });

  it('crops a file decoded at a reduced scale to the same region as a full decode', async () => {
    const photo = await phonePhoto({ width: 2400, height: 1800, orientation: 6, seed: 4 });
    const file = path.join(dir, 'IMG_crop.jpg');
    fs.writeFileSync(file, photo);
    // Upright 1800 × 2400; the lower-right region, sent at low detail (512 px): a factor of 3.1.
    const target = { model: 'gpt-4.1', detail: 'low' as const, crop: { left: 599, top: 801, width: 1201, height: 1599 } };
    const [fromFile, fromBuffer] = await Promise.all([prepareImage(file, 'c.jpg', target), prepareImage(photo, 'c.jpg', target)]);
    expect([fromFile.width, fromFile.height]).toEqual([385, 512]);
    expect([fromBuffer.width, fromBuffer.height]).toEqual([385, 512]);
    expect(fromFile.data.equals(fromBuffer.data)).toBe(false);
    expect(await pixelDistance(fromFile.data, fromBuffer.data)).toBeLessThan(4);
    // Another region of the same photo is far apart: the crop really is the same one.
    const elsewhere = await prepareImage(photo, 'c.jpg', { ...target, crop: { ...target.crop, left: 0, top: 0 } });
    expect(await pixelDistance(fromFile.data, elsewhere.data)).toBeGreaterThan(8);
  });

  it('a file decoded at a reduced scale gives the same upright, stripped image as a full decode', async () => {
    // Stored 2401 × 1799 (odd sides) with orientation 6, sent to gpt-4o at 768 × 1025: a factor of 2.34.
    expect(resizeForModel('gpt-4o', 1799, 2401, 'high')).toEqual({ width: 768, height: 1025 });
    const photo = await phonePhoto({ width: 2401, height: 1799, orientation: 6, gps: true, seed: 3 });
    // A name libvips' option syntax would misread (a quote after a comma) is opened as it is, decoded in full.
    const names = [['IMG_2401.jpg', true], ['Квитанция 收据.jpg', true], ["Bob's receipts [2024], copy=2.jpg", true], ["Rechnung, 'Entwurf [Kopie].jpg", false]] as const;
    for (const [name, scaled] of names) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, photo);
      const fromFile = await prepareImage(file, name, { model: 'gpt-4o', detail: 'high' });
      const fromBuffer = await prepareImage(photo, name, { model: 'gpt-4o', detail: 'high' });
      expect([fromFile.width, fromFile.height, fromBuffer.width, fromBuffer.height], name).toEqual([768, 1025, 768, 1025]);
      expect(fromFile.tokens).toBe(fromBuffer.tokens);
      expect(fromFile.data.equals(fromBuffer.data), name).toBe(!scaled);
      const meta = await sharp(fromFile.data).metadata();
      expect([meta.exif, meta.icc, meta.xmp, meta.orientation], name).toEqual([undefined, undefined, undefined, undefined]);
      // Same picture, same way up: noise-level differences only (turned 180° it would be ~40 apart).
      expect(await pixelDistance(fromFile.data, fromBuffer.data), name).toBeLessThan(4);
      expect(await pixelDistance(fromFile.data, await sharp(fromBuffer.data).rotate(180).toBuffer())).toBeGreaterThan(15);
    }
    // A load option the file's real loader lacks (a JPEG replaced by a PNG since its probe) falls back to a plain read.
    const swapped = path.join(dir, 'swapped.jpg');
    fs.writeFileSync(swapped, photo);
    const stale = await probeImage(swapped, 'swapped.jpg');
    fs.writeFileSync(swapped, await sharp(photo).autoOrient().png({ compressionLevel: 1 }).toBuffer());
    const fromPng = await prepareImage(swapped, 'swapped.jpg', { model: 'gpt-4o', detail: 'high' }, stale);
    expect([fromPng.width, fromPng.height]).toEqual([768, 1025]);
    const cut = path.join(dir, 'cut-2401.jpg');
    fs.writeFileSync(cut, truncated(photo));
    expect(await codeOf(prepareImage(cut, 'cut-2401.jpg', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^unsupported_format: .*damaged or truncated/);
  });

  it('an Ultra HDR JPEG (with a gain map, as recent Android phones take) is decoded at a reduced scale too, its gain map dropped', async () => {
    const w = 1200;
    const h = 900;
    const hdr = new Float32Array(w * h * 3).map((_, i) => ((i * 7919) % 1000) / 400);
    // withGainMap (sharp 0.35, experimental) is missing from sharp's type definitions.
    const hdrPipeline = sharp(Buffer.from(hdr.buffer), { raw: { width: w, height: h, channels: 3 } }).pipelineColourspace('scrgb') as Sharp & { withGainMap(): Sharp };
    const photo = await hdrPipeline.withGainMap().jpeg({ quality: 90 }).toBuffer();
    expect((await sharp(photo).metadata()).gainMap).toBeDefined();
    const file = path.join(dir, 'PXL_uhdr.jpg');
    fs.writeFileSync(file, photo);
    const out = await prepareImage(file, 'PXL_uhdr.jpg', { model: 'gpt-4.1', detail: 'low' });
    expect([out.width, out.height]).toEqual([512, 384]);
    // A full decode (what a buffer gets) gives other bytes.
    expect(out.data.equals((await prepareImage(photo, 'PXL_uhdr.jpg', { model: 'gpt-4.1', detail: 'low' })).data)).toBe(false);
    const meta = await sharp(out.data).metadata();
    expect([meta.gainMap, meta.exif, meta.xmp]).toEqual([undefined, undefined, undefined]);
  });

  it('skips converting a photo already in sRGB to sRGB (the same pixels), and still converts a Display P3 one', async () => {
    const target = { model: 'gpt-5-mini', detail: 'high' } as const;
    // Phone photos embed a colour profile; phonePhoto tags its pixels sRGB, as Android phones do.
    const srgb = await phonePhoto({ width: 1600, height: 1200, orientation: 6, seed: 9 });
    expect((await probeImage(srgb, 's.jpg')).colourProfile).toBe('srgb');
    const out = await prepareImage(srgb, 's.jpg', target);
    // What applying the profile (sharp's default) gives: the same pixels.
    const applied = await sharp(srgb, { autoOrient: true }).resize({ width: out.width, height: out.height, fit: 'fill' }).jpeg({ quality: 85 }).toBuffer();
    expect(await pixelDistance(out.data, applied)).toBe(0);
    // The same picture in Display P3 (iPhones): other stored values, converted back to about the same sRGB picture.
    const p3 = await sharp(srgb).autoOrient().withIccProfile('p3').jpeg({ quality: 92 }).toBuffer();
    expect((await probeImage(p3, 'p.jpg')).colourProfile).toBe('other');
    const fromP3 = await prepareImage(p3, 'p.jpg', target);
    const p3Unconverted = await sharp(p3, { ignoreIcc: true }).resize({ width: out.width, height: out.height, fit: 'fill' }).jpeg({ quality: 85 }).toBuffer();
    const [converted, unconverted] = [await pixelDistance(fromP3.data, out.data), await pixelDistance(fromP3.data, p3Unconverted)];
    expect(converted).toBeLessThan(4);
    expect(unconverted).toBeGreaterThan(converted * 2);
    expect((await probeImage(await sharp(srgb).jpeg().toBuffer(), 'n.jpg')).colourProfile).toBe('none');
    // sharp works on 16-bit images in P3: their conversion is no identity and stays.
    const png16 = await sharp(new Uint16Array(32 * 32 * 3).fill(30000), { raw: { width: 32, height: 32, channels: 3 } }).toColourspace('rgb16').withIccProfile('srgb').png().toBuffer();
    expect((await sharp(png16).metadata()).depth).toBe('ushort');
    expect((await probeImage(png16, 'deep.png')).colourProfile).toBe('other');
  });

  it('a thumbnail made from the prepared image shows the same upright picture as one made from the original', async () => {
    const photo = await phonePhoto({ width: 1600, height: 1200, orientation: 6, seed: 5 });
    const prepared = await prepareImage(photo, 'p.jpg', { model: 'gpt-5-mini', detail: 'high' });
    const [fromPrepared, fromOriginal] = await Promise.all([thumbnail(prepared.data), thumbnail(photo)]);
    const [a, b] = await Promise.all([sharp(fromPrepared).metadata(), sharp(fromOriginal).metadata()]);
    expect([a.width, a.height]).toEqual([240, 320]);
    expect([b.width, b.height]).toEqual([240, 320]);
    expect(a.exif).toBeUndefined();
    expect(await pixelDistance(fromPrepared, fromOriginal)).toBeLessThan(4);
  });

  it('gives each broken input its own clear error', async () => {
    const jpeg = await phonePhoto({ width: 1200, height: 900 });
    expect(await codeOf(prepareImage(Buffer.alloc(0), 'empty.jpg', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^invalid_input: .*empty/);
    expect(await codeOf(prepareImage(truncated(jpeg), 'cut.jpg', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^unsupported_format: .*damaged or truncated/);
    expect(await codeOf(prepareImage(Buffer.from('name,total\nACME,42\n'), 'invoice.jpg', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^unsupported_format: .*not an image/);
    expect(await codeOf(prepareImage(pngBomb(), 'bomb.png', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^too_large: .*megapixels/);
    expect(await codeOf(prepareImage(await heicPhoto(), 'IMG_4242.HEIC', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^unsupported_format: .*HEIC/);
  });
});
