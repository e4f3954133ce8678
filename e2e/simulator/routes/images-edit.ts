/**
 * POST /v1/images/edits — multipart: image or image[] (1–16 png/webp/jpeg, each sent with an image/*
 * content type, as the real service insists), optional mask (PNG with alpha, same pixel size as the
 * first image, under 4 MB), prompt and the generation parameters.
 */
import sharp from 'sharp';
import { formFiles, formString, parseMultipart } from '../http/body';
import { badRequest, missingParam } from '../http/errors';
import { deliverImages } from '../images/deliver';
import { parseImageParams, sizeOf, type FixedSize } from '../images/params';
import { renderEdited } from '../images/render';
import { estimateTextTokens } from '../chat/tokens';
import { MB, type RouteDef } from './route';

const MIME = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_IMAGES = 16;
const MAX_IMAGE_BYTES = 50 * MB;
const MAX_MASK_BYTES = 4 * MB;

interface Loaded {
  bytes: Buffer;
  width: number;
  height: number;
  format: string;
  hasAlpha: boolean;
}

async function load(file: File, param: string): Promise<Loaded> {
  const bytes = Buffer.from(await file.arrayBuffer());
  try {
    const m = await sharp(bytes).metadata();
    if (!m.width || !m.height || !m.format) throw new Error('unreadable');
    return { bytes, width: m.width, height: m.height, format: m.format, hasAlpha: m.hasAlpha === true };
  } catch {
    throw badRequest(`Invalid image file or mode for image ${param}, please check your image file.`, param, 'invalid_image_file');
  }
}

function checkMime(file: File, param: string): void {
  const type = file.type.split(';')[0]?.trim().toLowerCase() || 'application/octet-stream';
  if (!MIME.includes(type)) {
    throw badRequest(
      `Invalid file '${param}': unsupported mimetype ('${type}'). Supported file formats are 'image/jpeg', 'image/png', and 'image/webp'.`,
      param,
      'unsupported_file_mimetype',
    );
  }
}

async function transparentPixels(png: Buffer): Promise<number> {
  const alpha = await sharp(png).ensureAlpha().extractChannel(3).raw().toBuffer();
  let n = 0;
  for (const a of alpha) if (a < 128) n++;
  return n;
}

/** Picks the classic size closest to the input's aspect ratio. */
function autoSize(width: number, height: number): FixedSize {
  const r = width / height;
  if (r > 1.2) return '1536x1024';
  if (r < 1 / 1.2) return '1024x1536';
  return '1024x1024';
}

/** gpt-image input image tokens (approximate): 65 + 129 per 512-px tile after scaling the short side to 512. */
function inputImageTokens(width: number, height: number): number {
  const s = Math.min(1, 512 / Math.min(width, height));
  return 65 + 129 * Math.ceil((width * s) / 512) * Math.ceil((height * s) / 512);
}

export const imageEdits: RouteDef = {
  name: 'images.edits',
  method: 'POST',
  pattern: /^\/v1\/images\/edits\/?$/,
  maxBodyBytes: 16 * MAX_IMAGE_BYTES + MAX_MASK_BYTES,
  prepare: async (ctx) => {
    const form = await parseMultipart(ctx.body, ctx.req.headers['content-type']);
    const files = formFiles(form, 'image', 'image[]');
    if (files.length === 0) throw missingParam('image');
    if (files.length > MAX_IMAGES) throw badRequest(`Invalid 'image': too many images. Expected at most ${MAX_IMAGES}, but got ${files.length}.`, 'image', 'array_above_max_length');
    const params = parseImageParams((name) => formString(form, name), ctx.core.settings.models, { images: files.length, mask: formFiles(form, 'mask').length > 0 });
    const images: Loaded[] = [];
    for (const [i, file] of files.entries()) {
      const param = files.length > 1 ? `image[${i}]` : 'image';
      checkMime(file, param);
      if (file.size > MAX_IMAGE_BYTES) throw badRequest(`Invalid file '${param}': image must be smaller than 50 MB.`, param, 'file_too_large');
      const img = await load(file, param);
      if (!['png', 'jpeg', 'webp'].includes(img.format)) {
        throw badRequest(`Invalid file '${param}': unsupported image format ('${img.format}'). Supported file formats are 'image/jpeg', 'image/png', and 'image/webp'.`, param, 'unsupported_file_mimetype');
      }
      images.push(img);
    }
    const first = images[0]!;
    if (params.spec.edits?.squarePngOnly && (first.format !== 'png' || first.width !== first.height || first.bytes.length >= 4 * MB)) {
      throw badRequest(`Invalid file 'image': ${params.model} edits need one square PNG under 4 MB.`, 'image', 'invalid_image_format');
    }
    const maskFile = formFiles(form, 'mask')[0];
    let mask: Loaded | undefined;
    if (maskFile) {
      if (maskFile.size >= MAX_MASK_BYTES) throw badRequest(`Invalid file 'mask': the mask must be smaller than 4 MB (got ${maskFile.size} bytes).`, 'mask', 'file_too_large');
      mask = await load(maskFile, 'mask');
      if (mask.format !== 'png') throw badRequest(`Invalid file 'mask': the mask must be a PNG image (got ${mask.format}).`, 'mask', 'invalid_image_format');
      if (!mask.hasAlpha) throw badRequest("Invalid file 'mask': the mask must have an alpha channel (RGBA or LA PNG); transparent pixels mark the area to edit.", 'mask', 'invalid_image_format');
      if (mask.width !== first.width || mask.height !== first.height) {
        throw badRequest(
          `Invalid file 'mask': mask size (${mask.width}x${mask.height}) does not match the size of the first image (${first.width}x${first.height}).`,
          'mask',
          'invalid_image_size',
        );
      }
    }
    ctx.record.image = {
      params: params.sent,
      inputs: images.map((i) => ({ width: i.width, height: i.height, format: i.format })),
      ...(mask ? { mask: { width: mask.width, height: mask.height, format: mask.format, hasAlpha: mask.hasAlpha, bytes: mask.bytes.length, transparentPixels: await transparentPixels(mask.bytes) } } : {}),
    };
    const size = params.size === 'auto' ? autoSize(first.width, first.height) : params.size;
    const { width, height } = sizeOf(size);
    const imageInputTokens = images.reduce((sum, img) => sum + inputImageTokens(img.width, img.height), 0);
    // background 'auto' keeps an input's transparency where the format can carry it.
    const transparent = params.format !== 'jpeg' && (params.transparent || (params.background === 'auto' && first.hasAlpha));
    const enc = { format: params.format, compression: params.compression, transparent };
    return {
      model: params.model,
      stream: params.stream,
      tokenCost: estimateTextTokens(params.prompt) + imageInputTokens,
      run: () =>
        deliverImages(ctx, {
          params: { ...params, transparent },
          size,
          imageInputTokens,
          eventPrefix: 'image_edit',
          render: () => renderEdited(first.bytes, mask?.bytes, params.prompt, width, height, enc),
        }),
    };
  },
};
