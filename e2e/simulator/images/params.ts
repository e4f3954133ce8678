/**
 * Image parameters, shared by generations (JSON) and edits (multipart). What each model accepts comes
 * from the app's dated model data (shared/pricing/image-models.ts), so the simulator refuses exactly
 * what the real service would for that model: sizes (gpt-image-2's free W×H rule), quality,
 * background, formats, n, streaming, dall-e's style and response_format.
 */
import { checkImageRequest, imageModelSpec, imageOutputTokens, type ImageModelSpec } from '../../../shared/pricing';
import { ApiError, badRequest, invalidType, invalidValue, missingParam } from '../http/errors';
import { requireModel } from '../models';

export const FORMATS = ['png', 'jpeg', 'webp'] as const;
export type OutputFormat = (typeof FORMATS)[number];
/** A resolved 'WxH' size. */
export type FixedSize = string;
/** Extra output tokens charged per streamed partial image. */
export const PARTIAL_IMAGE_TOKENS = 100;

export interface ImageParams {
  model: string;
  spec: ImageModelSpec;
  prompt: string;
  /** 'auto' until the route resolves it. */
  size: string;
  /** As sent ('auto' resolved to 'high' for gpt-image; dall-e's 'standard' | 'hd'). */
  quality: string;
  format: OutputFormat;
  compression: number | undefined;
  transparent: boolean;
  background: string;
  n: number;
  stream: boolean;
  partialImages: number;
  /** dall-e answers a URL unless b64_json is asked for. */
  responseFormat: 'b64_json' | 'url';
  /** Every parameter as it arrived (recorded for tests). */
  sent: Record<string, unknown>;
}

export function sizeOf(size: FixedSize): { width: number; height: number } {
  const [w, h] = size.split('x').map(Number);
  return { width: w || 1024, height: h || 1024 };
}

/** Output tokens per image (gpt-image family; scaled by area for free sizes). */
export function outputTokens(model: string, quality: string, size: FixedSize): number {
  return imageOutputTokens(model, size, quality as 'high') ?? 0;
}

type Get = (name: string) => unknown;

function str(get: Get, name: string): string | undefined {
  const v = get(name);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalidType(name, 'a string', v);
  return v;
}

function int(get: Get, name: string): number | undefined {
  const raw = get(name);
  if (raw === undefined || raw === null) return undefined;
  const v = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalidType(name, 'an integer', raw);
  return v;
}

function bool(get: Get, name: string): boolean | undefined {
  const v = get(name);
  if (v === undefined || v === null) return undefined;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw invalidType(name, 'a boolean', v);
}

export function parseImageParams(get: Get, models: readonly string[], edit?: { images: number; mask: boolean }): ImageParams {
  const model = get('model') ?? 'gpt-image-1';
  if (typeof model !== 'string') throw invalidType('model', 'a string', model);
  requireModel(models, model, 'image');
  const spec = imageModelSpec(model);
  if (!spec) throw new ApiError(400, `The model \`${model}\` is not supported by v1/images/generations.`, { param: 'model', code: 'invalid_model' });
  const prompt = get('prompt');
  if (prompt === undefined || prompt === null || prompt === '') throw missingParam('prompt');
  if (typeof prompt !== 'string') throw invalidType('prompt', 'a string', prompt);
  const sent = {
    model,
    prompt,
    n: int(get, 'n'),
    size: str(get, 'size'),
    quality: str(get, 'quality'),
    background: str(get, 'background'),
    output_format: str(get, 'output_format'),
    output_compression: int(get, 'output_compression'),
    moderation: str(get, 'moderation'),
    input_fidelity: str(get, 'input_fidelity'),
    style: str(get, 'style'),
    stream: bool(get, 'stream'),
    partial_images: int(get, 'partial_images'),
    response_format: str(get, 'response_format'),
  };
  if (sent.response_format !== undefined && !['url', 'b64_json'].includes(sent.response_format)) throw invalidValue('response_format', sent.response_format, ['url', 'b64_json']);
  const issue = checkImageRequest(spec, sent, edit)[0];
  if (issue) throw badRequest(issue.message, issue.param, issue.code);
  const gpt = spec.billing.kind === 'tokens';
  const quality = sent.quality ?? (gpt ? 'auto' : 'standard');
  const format = (sent.output_format ?? 'png') as OutputFormat;
  const background = sent.background ?? 'auto';
  const stream = sent.stream ?? false;
  return {
    model,
    spec,
    prompt,
    size: sent.size ?? (spec.autoSize ? 'auto' : '1024x1024'),
    quality: quality === 'auto' ? 'high' : quality,
    format,
    compression: sent.output_compression,
    transparent: background === 'transparent',
    background,
    n: sent.n ?? 1,
    stream,
    partialImages: stream ? (sent.partial_images ?? 0) : 0,
    responseFormat: gpt || sent.response_format === 'b64_json' ? 'b64_json' : 'url',
    sent: Object.fromEntries(Object.entries(sent).filter(([k, v]) => v !== undefined && k !== 'prompt')),
  };
}
