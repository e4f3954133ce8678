/**
 * Image generation estimates (gpt-image-1 family). Output tokens come from OpenAI's published table
 * (DESIGN.md §4); gpt-image-1-mini is assumed to use the same counts (only its prices differ).
 */
import { lookupModel, priceUnknown } from './lookup';
import { linesToMicros, microsToUsd } from './money';
import type { Micros, PriceOverrides, PriceUnknown, Size } from './types';
import { FALLBACK_VISION, visionTokens } from './vision';

/** Sizes the Images API accepts for the gpt-image-1 family. */
export type ImageGenSize = '1024x1024' | '1024x1536' | '1536x1024' | 'auto';
/** Qualities the Images API accepts for the gpt-image-1 family. */
export type ImageGenQuality = 'low' | 'medium' | 'high' | 'auto';

/** Output tokens each partial image adds when streaming (OpenAI's image generation guide). */
export const PARTIAL_IMAGE_TOKENS = 100;

const SHAPE = { '1024x1024': 'square', '1024x1536': 'portrait', '1536x1024': 'landscape' } as const;

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
  autoSizeAs: Exclude<ImageGenSize, 'auto'> = '1024x1024',
): number | undefined {
  const table = lookupModel(model, overrides)?.info.imageOutput;
  if (!table) return undefined;
  return table[quality === 'auto' ? 'high' : quality][SHAPE[size === 'auto' ? autoSizeAs : size]];
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
  autoSizeAs?: Exclude<ImageGenSize, 'auto'>;
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
