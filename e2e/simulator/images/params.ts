/** gpt-image-1 family parameters, shared by generations (JSON) and edits (multipart). */
import { badRequest, invalidType, invalidValue, missingParam } from '../http/errors';
import { requireModel } from '../models';

export const SIZES = ['1024x1024', '1024x1536', '1536x1024', 'auto'] as const;
export const QUALITIES = ['low', 'medium', 'high', 'auto'] as const;
export const FORMATS = ['png', 'jpeg', 'webp'] as const;
export const BACKGROUNDS = ['transparent', 'opaque', 'auto'] as const;
export type Quality = 'low' | 'medium' | 'high';
export type OutputFormat = (typeof FORMATS)[number];
export type FixedSize = Exclude<(typeof SIZES)[number], 'auto'>;

/** Output tokens per image for gpt-image-1 (DESIGN.md §4). */
const OUTPUT_TOKENS: Record<Quality, Record<FixedSize, number>> = {
  low: { '1024x1024': 272, '1024x1536': 408, '1536x1024': 400 },
  medium: { '1024x1024': 1056, '1024x1536': 1584, '1536x1024': 1568 },
  high: { '1024x1024': 4160, '1024x1536': 6240, '1536x1024': 6208 },
};
/** Extra output tokens charged per streamed partial image. */
export const PARTIAL_IMAGE_TOKENS = 100;

export interface ImageParams {
  model: string;
  prompt: string;
  /** 'auto' until the route resolves it. */
  size: (typeof SIZES)[number];
  quality: Quality;
  format: OutputFormat;
  compression: number | undefined;
  transparent: boolean;
  background: (typeof BACKGROUNDS)[number];
  n: number;
  stream: boolean;
  partialImages: number;
}

export function sizeOf(size: FixedSize): { width: number; height: number } {
  const [w, h] = size.split('x').map(Number);
  return { width: w ?? 1024, height: h ?? 1024 };
}

export function outputTokens(quality: Quality, size: FixedSize): number {
  return OUTPUT_TOKENS[quality][size];
}

type Get = (name: string) => unknown;

function oneOf<T extends string>(get: Get, name: string, allowed: readonly T[], fallback: T): T {
  const v = get(name);
  if (v === undefined || v === null) return fallback;
  if (!(allowed as readonly unknown[]).includes(v)) throw invalidValue(name, v, allowed);
  return v as T;
}

function intIn(get: Get, name: string, min: number, max: number): number | undefined {
  const raw = get(name);
  if (raw === undefined || raw === null) return undefined;
  const v = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalidType(name, 'an integer', raw);
  if (v < min) throw badRequest(`Invalid '${name}': integer below minimum value. Expected a value >= ${min}, but got ${v} instead.`, name, 'integer_below_min_value');
  if (v > max) throw badRequest(`Invalid '${name}': integer above maximum value. Expected a value <= ${max}, but got ${v} instead.`, name, 'integer_above_max_value');
  return v;
}

function bool(get: Get, name: string): boolean {
  const v = get(name);
  if (v === undefined || v === null) return false;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw invalidType(name, 'a boolean', v);
}

export function parseImageParams(get: Get, models: readonly string[]): ImageParams {
  const model = get('model') ?? 'gpt-image-1';
  if (typeof model !== 'string') throw invalidType('model', 'a string', model);
  requireModel(models, model, 'image');
  const prompt = get('prompt');
  if (prompt === undefined || prompt === null || prompt === '') throw missingParam('prompt');
  if (typeof prompt !== 'string') throw invalidType('prompt', 'a string', prompt);
  if (prompt.length > 32_000) {
    throw badRequest(`Invalid 'prompt': string too long. Expected a string with maximum length 32000, but got a string with length ${prompt.length} instead.`, 'prompt', 'string_above_max_length');
  }
  const rf = get('response_format');
  if (rf !== undefined && rf !== null && rf !== 'b64_json') {
    throw badRequest("Unknown parameter: 'response_format'. GPT image models always return base64-encoded images.", 'response_format', 'unknown_parameter');
  }
  oneOf(get, 'moderation', ['low', 'auto'], 'auto');
  const size = oneOf(get, 'size', SIZES, 'auto');
  const qualityRaw = oneOf(get, 'quality', QUALITIES, 'auto');
  const format = oneOf(get, 'output_format', FORMATS, 'png');
  const background = oneOf(get, 'background', BACKGROUNDS, 'auto');
  const compression = intIn(get, 'output_compression', 0, 100);
  if (compression !== undefined && compression < 100 && format === 'png') {
    throw badRequest('Compression less than 100 is not supported for PNG output format.', 'output_compression', 'unsupported_value');
  }
  if (background === 'transparent' && format === 'jpeg') {
    throw badRequest("Transparent background is not supported for output format 'jpeg'. Use 'png' or 'webp'.", 'background', 'unsupported_value');
  }
  const stream = bool(get, 'stream');
  const partialImages = intIn(get, 'partial_images', 0, 3) ?? 0;
  return {
    model,
    prompt,
    size,
    quality: qualityRaw === 'auto' ? 'high' : qualityRaw,
    format,
    compression,
    transparent: background === 'transparent',
    background,
    n: intIn(get, 'n', 1, 10) ?? 1,
    stream,
    partialImages: stream ? partialImages : 0,
  };
}
