/**
 * The image-analysis fixtures the core tests and the e2e spec share: a receipt field-extraction recipe and
 * a folder as analysts have them (photos in a subfolder, a TIFF scan, a GIF, and every kind of broken file).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { CallInput } from '../../../shared/contract';
import { animatedGif, heicPhoto, phonePhoto, pngBomb, truncated } from './photos';

/** What `vision.saveRecipe` takes for a receipt: vendor (text), total (number), category (one of two). */
export const RECEIPT_RECIPE: CallInput<'vision.saveRecipe'> = {
  name: 'Receipts',
  kind: 'fields',
  prompt: 'Read the receipt.',
  fields: [
    { name: 'vendor', type: 'string', description: 'Shop name' },
    { name: 'total', type: 'number', description: 'Amount paid' },
    { name: 'category', type: 'enum', description: 'Kind', allowed: ['meals', 'travel'] },
  ],
  detail: 'high',
};

/**
 * Fills `folder` with `photos` 1600 × 1200 phone photos in `week 1` (IMG_1000.jpg…, the first one stored
 * sideways with EXIF orientation 6), a TIFF scan and an animated GIF (readable: photos + 2 images), and five
 * broken files that each fail alone: empty.png, cut.jpg (truncated), notes.jpg (text), IMG_5555.HEIC and
 * bomb.png (20,000 × 20,000).
 */
export async function mixedImageFolder(folder: string, photos: number): Promise<void> {
  fs.mkdirSync(path.join(folder, 'week 1'), { recursive: true });
  for (let i = 0; i < photos; i++) {
    fs.writeFileSync(path.join(folder, 'week 1', `IMG_${1000 + i}.jpg`), await phonePhoto({ width: 1600, height: 1200, seed: i, orientation: i === 0 ? 6 : 1 }));
  }
  fs.writeFileSync(path.join(folder, 'scan.tiff'), await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#eeeeee' } }).tiff().toBuffer());
  fs.writeFileSync(path.join(folder, 'anim.gif'), await animatedGif());
  fs.writeFileSync(path.join(folder, 'empty.png'), Buffer.alloc(0));
  fs.writeFileSync(path.join(folder, 'cut.jpg'), truncated(await phonePhoto({ width: 800, height: 600 })));
  fs.writeFileSync(path.join(folder, 'notes.jpg'), 'not an image at all');
  fs.writeFileSync(path.join(folder, 'IMG_5555.HEIC'), await heicPhoto());
  fs.writeFileSync(path.join(folder, 'bomb.png'), pngBomb());
}
