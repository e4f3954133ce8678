import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { imageInputTokens, resizeForModel } from '../../../shared/pricing';
import { animatedGif, heicPhoto, phonePhoto, pngBomb, transparentPng, truncated } from '../testing/photos';
import { plannedSize, prepareImage, probeImage } from './image-prepare';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-prep-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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

  it('gives each broken input its own clear error', async () => {
    const jpeg = await phonePhoto({ width: 1200, height: 900 });
    expect(await codeOf(prepareImage(Buffer.alloc(0), 'empty.jpg', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^invalid_input: .*empty/);
    expect(await codeOf(prepareImage(truncated(jpeg), 'cut.jpg', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^unsupported_format: .*damaged or truncated/);
    expect(await codeOf(prepareImage(Buffer.from('name,total\nACME,42\n'), 'invoice.jpg', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^unsupported_format: .*not an image/);
    expect(await codeOf(prepareImage(pngBomb(), 'bomb.png', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^too_large: .*megapixels/);
    expect(await codeOf(prepareImage(await heicPhoto(), 'IMG_4242.HEIC', { model: 'gpt-4o', detail: 'high' }))).toMatch(/^unsupported_format: .*HEIC/);
  });
});
