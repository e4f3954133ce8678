import sharp from 'sharp';
import type { ChatAttachment } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import { imageInputTokens, resizeForModel, type ImageDetail } from '../../../../shared/pricing';
import type { MediaStore } from '../../media/store';
import { countWith } from '../../tokens/count';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
const IMAGE_TYPES = new Set(['jpeg', 'png', 'webp', 'gif', 'heif', 'avif', 'tiff']);
const TEXT_EXTENSIONS = /\.(txt|md|markdown|csv|tsv|json|jsonl|xml|yaml|yml|toml|ini|log|html?|css|js|jsx|ts|tsx|py|rb|go|rs|java|kt|c|h|cpp|hpp|cs|php|sh|sql|swift|r)$/i;
/** Images are stored sized for the most detailed request any model takes. */
const REFERENCE_MODEL = 'gpt-4o';

const bytesLabel = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Images: upright, metadata stripped, no larger than a model would use. Text: UTF-8, not binary. */
export async function addAttachment(media: MediaStore, input: { name: string; mime: string; data: Buffer; detail: ImageDetail }): Promise<ChatAttachment> {
  const { name, data } = input;
  if (data.length === 0) throw new AppFailure('invalid_input', `"${name}" is empty.`);
  const looksImage = input.mime.startsWith('image/') || /\.(png|jpe?g|webp|gif|heic|heif|avif|tiff?)$/i.test(name);
  if (looksImage) return addImage(media, input);
  if (/\.pdf$/i.test(name) || input.mime === 'application/pdf') {
    throw new AppFailure('unsupported_format', `"${name}" is a PDF. PDF text extraction is not supported yet: copy its text into the message, or save it as .txt or .md.`);
  }
  if (!TEXT_EXTENSIONS.test(name) && !input.mime.startsWith('text/') && input.mime !== 'application/json') {
    throw new AppFailure('unsupported_format', `"${name}" is not an image or a text file. Attach PNG, JPEG, WebP or GIF images, or text files such as .txt, .md, .csv, .json or code.`);
  }
  if (data.length > MAX_TEXT_BYTES) throw new AppFailure('too_large', `"${name}" is ${bytesLabel(data.length)}; text attachments can be at most 2 MB.`);
  if (data.includes(0)) throw new AppFailure('unsupported_format', `"${name}" looks like a binary file, not text.`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  const hash = media.put(Buffer.from(text, 'utf8'), 'text/plain; charset=utf-8', name);
  return { hash, kind: 'text', name, mime: 'text/plain', bytes: Buffer.byteLength(text), width: null, height: null, tokens: countWith('o200k_base', text) };
}

async function addImage(media: MediaStore, { name, data, detail }: { name: string; data: Buffer; detail: ImageDetail }): Promise<ChatAttachment> {
  if (data.length > MAX_IMAGE_BYTES) throw new AppFailure('too_large', `"${name}" is ${bytesLabel(data.length)}; images can be at most 20 MB.`);
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(data).metadata();
  } catch {
    throw new AppFailure('unsupported_format', `"${name}" could not be read as an image. It may be damaged or in an unsupported format.`);
  }
  if (!meta.format || !IMAGE_TYPES.has(meta.format)) throw new AppFailure('unsupported_format', `"${name}" is a ${meta.format ?? 'unknown'} image; use PNG, JPEG, WebP or GIF.`);
  try {
    // rotate() applies the EXIF orientation; sharp drops all metadata from its output by default.
    const upright = sharp(data, { animated: false }).rotate();
    // EXIF orientations 5–8 are quarter turns: the upright image has width and height swapped.
    const turned = (meta.orientation ?? 1) >= 5;
    const w0 = (turned ? meta.height : meta.width) ?? 1;
    const h0 = (turned ? meta.width : meta.height) ?? 1;
    const target = resizeForModel(REFERENCE_MODEL, w0, h0, detail === 'low' ? 'low' : 'high');
    const resized = upright.resize({ width: target.width, height: target.height, fit: 'inside', withoutEnlargement: true });
    const keepAlpha = meta.hasAlpha === true;
    const out = await (keepAlpha ? resized.png({ compressionLevel: 9 }) : resized.jpeg({ quality: 88, mozjpeg: true })).toBuffer({ resolveWithObject: true });
    const mime = keepAlpha ? 'image/png' : 'image/jpeg';
    const hash = media.put(out.data, mime, name, { width: out.info.width, height: out.info.height });
    return {
      hash,
      kind: 'image',
      name,
      mime,
      bytes: out.data.length,
      width: out.info.width,
      height: out.info.height,
      tokens: imageInputTokens(REFERENCE_MODEL, out.info.width, out.info.height, detail) ?? 0,
    };
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('unsupported_format', `"${name}" could not be processed as an image (it may be truncated or corrupt).`);
  }
}
