/**
 * Image generation estimates. gpt-image models: output tokens from OpenAI's published table
 * (docs/api-facts.md) for the three classic sizes, scaled by area for gpt-image-2's free sizes (the
 * table itself is proportional to area); the family is assumed to share the counts (only prices
 * differ). dall-e models: a fixed price per image by size and quality (image-models.ts).
 */
import { imageModelSpec, parseSize } from './image-models';
import { lookupModel, priceUnknown } from './lookup';
import { linesToMicros, microsToUsd, toMicros } from './money';
import type { Micros, PriceOverrides, PriceUnknown, Size } from './types';
import { FALLBACK_VISION, visionTokens } from './vision';

/** A size as sent: 'WIDTHxHEIGHT' or 'auto'. */
export type ImageGenSize = string;
/** Qualities the Images API accepts ('standard' / 'hd' are dall-e's). */
export type ImageGenQuality = 'low' | 'medium' | 'high' | 'auto' | 'standard' | 'hd';

/** Output tokens each partial image adds when streaming (OpenAI's image generation guide). */
export const PARTIAL_IMAGE_TOKENS = 100;

const SHAPE: Readonly<Record<string, 'square' | 'portrait' | 'landscape'>> = { '1024x1024': 'square', '1024x1536': 'portrait', '1536x1024': 'landscape' };
const TABLE_QUALITY: Readonly<Record<ImageGenQuality, 'low' | 'medium' | 'high'>> = { low: 'low', medium: 'medium', high: 'high', auto: 'high', standard: 'medium', hd: 'high' };

/**
 * Output tokens for one generated image. 'auto' quality counts as 'high' (upper bound); 'auto' size
 * counts as `autoSizeAs` (default 1024x1024, the API's usual pick for a prompt without a shape hint).
 * Undefined when the model is not a known image-generation model.
 */
export function imageOutputTokens(
  model: string,
  size: ImageGenSize,
  quality: ImageGenQuality,
  overrides?: PriceOverrides,
  autoSizeAs: ImageGenSize = '1024x1024',
): number | undefined {
  const table = lookupModel(model, overrides)?.info.imageOutput;
  if (!table) return undefined;
  const row = table[TABLE_QUALITY[quality]];
  const exact = size === 'auto' ? autoSizeAs : size;
  const shape = SHAPE[exact];
  if (shape) return row[shape];
  const dims = parseSize(exact);
  if (!dims) return undefined;
  return Math.ceil((row.square * dims.width * dims.height) / (1024 * 1024));
}

/** dall-e's fixed price per image, in micro-dollars; undefined when the size or quality is not offered. */
export function perImageMicros(model: string, size: ImageGenSize, quality: ImageGenQuality): Micros | undefined {
  const spec = imageModelSpec(model);
  if (spec?.billing.kind !== 'per_image') return undefined;
  const usd = spec.billing.usd[quality === 'auto' ? 'standard' : quality]?.[size === 'auto' ? '1024x1024' : size];
  return usd === undefined ? undefined : toMicros(usd);
}

/** What an image generation or edit request is expected to cost. */
export interface ImageGenerationRequest {
  model: string;
  size: ImageGenSize;
  quality: ImageGenQuality;
  /** Images to generate (1–10); input is billed once, output per image. */
  n: number;
  /** Text tokens of the prompt (see estimateTextTokens). */
  promptTokens: number;
  /** Edit inputs, by pixel size. */
  inputImages?: readonly Size[];
  /** Partial images streamed per image (0–3); each adds PARTIAL_IMAGE_TOKENS output tokens. */
  partialImages?: number;
  /** What 'auto' size is estimated as (default 1024x1024). */
  autoSizeAs?: ImageGenSize;
}

/** An image generation estimate; `micros` is the integer ledger amount, `usd` the same for display. */
export interface ImageGenerationEstimate {
  known: true;
  textInputTokens: number;
  imageInputTokens: number;
  inputTokens: number;
  outputTokens: number;
  micros: Micros;
  usd: number;
}

/**
 * Pre-flight estimate of an image generation or edit: text prompt + input images at their prices,
 * plus n × output image tokens. Not modelled: high input fidelity's extra input tokens.
 */
export function estimateImageGeneration(req: ImageGenerationRequest, overrides?: PriceOverrides): ImageGenerationEstimate | PriceUnknown {
  const fixed = perImageMicros(req.model, req.size, req.quality);
  if (fixed !== undefined) {
    const micros = fixed * Math.max(1, Math.floor(req.n));
    return { known: true, textInputTokens: 0, imageInputTokens: 0, inputTokens: 0, outputTokens: 0, micros, usd: microsToUsd(micros) };
  }
  const resolved = lookupModel(req.model, overrides);
  if (!resolved) return priceUnknown(req.model, 'unknown_model');
  const perImage = imageOutputTokens(req.model, req.size, req.quality, overrides, req.autoSizeAs);
  if (perImage === undefined) return priceUnknown(req.model, 'missing_price', 'imageOutput');
  const { prices, vision } = resolved.info;
  const n = Math.max(1, Math.floor(req.n));
  const textInputTokens = Math.max(0, Math.ceil(req.promptTokens));
  const spec = vision ?? FALLBACK_VISION;
  const imageInputTokens = (req.inputImages ?? []).reduce((sum, img) => sum + visionTokens(spec, img.width, img.height, 'high'), 0);
  const outputTokens = n * (perImage + PARTIAL_IMAGE_TOKENS * Math.max(0, Math.floor(req.partialImages ?? 0)));
  if (prices.input === undefined) return priceUnknown(req.model, 'missing_price', 'input');
  if (prices.output === undefined) return priceUnknown(req.model, 'missing_price', 'output');
  const micros = linesToMicros([
    [textInputTokens, prices.input],
    [imageInputTokens, prices.imageInput ?? prices.input],
    [outputTokens, prices.output],
  ]);
  return {
    known: true,
    textInputTokens,
    imageInputTokens,
    inputTokens: textInputTokens + imageInputTokens,
    outputTokens,
    micros,
    usd: microsToUsd(micros),
  };
}
