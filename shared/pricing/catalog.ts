/**
 * The model catalog: OpenAI list prices and token-formula constants. Data only; the formulas live
 * beside it. List prices change: users can override any model's prices in Settings, which reach
 * every pricing function as a `PriceOverrides` map (model id → partial price record) and are merged
 * over these entries (see lookup.ts).
 */
import type { ImageOutputTable, ModelInfo, ModelKind, ModelPrices, VisionSpec } from './types';

/**
 * The day these list prices were last checked against OpenAI's pricing page. Prices drift: users can
 * override any model's prices in Settings (passed to every pricing function as `PriceOverrides`).
 */
export const CATALOG_DATE = '2025-10-15';

/** Tile vision formula for chat models: fit in 2048², short side to 768, 512-px tiles. */
const tile = (base: number, perTile: number): VisionSpec => ({ kind: 'tile', base, perTile, shortSide: 768, maxSide: 2048 });
/** Patch vision formula: 32-px patches, 1,536-patch budget, × multiplier. */
const patch = (multiplier: number): VisionSpec => ({ kind: 'patch', multiplier, budget: 1536 });
/**
 * Patch models of the gpt-5 generation also take detail 'original' on the Responses API, with a
 * 10,000-patch budget (OpenAI's "model sizing behavior" table; Codex caps its estimates the same way).
 */
const patchWithOriginal = (multiplier: number): VisionSpec => ({ kind: 'patch', multiplier, budget: 1536, originalBudget: 10_000 });

/**
 * gpt-image-1 family inputs: like the tile formula but the short side goes to 512 and there is no
 * detail knob (OpenAI's vision guide; 1 tile = 194 tokens, observed on the edits endpoint).
 */
const IMAGE_INPUT: VisionSpec = { kind: 'tile', base: 65, perTile: 129, shortSide: 512, maxSide: 2048, detailIgnored: true };

/** Output image tokens for gpt-image-1 (docs/api-facts.md): 1024², 1024×1536, 1536×1024. */
const GPT_IMAGE_OUTPUT: ImageOutputTable = {
  low: { square: 272, portrait: 408, landscape: 400 },
  medium: { square: 1056, portrait: 1584, landscape: 1568 },
  high: { square: 4160, portrait: 6240, landscape: 6208 },
};

const GPT5 = { contextWindow: 400_000, maxOutputTokens: 128_000, reasoning: true };
const GPT41 = { contextWindow: 1_047_576, maxOutputTokens: 32_768 };
const GPT4O = { contextWindow: 128_000, maxOutputTokens: 16_384 };
const OSERIES = { contextWindow: 200_000, maxOutputTokens: 100_000, reasoning: true };
const TRANSCRIBE = { contextWindow: 16_000, maxOutputTokens: 2_000 };

type Extra = Omit<ModelInfo, 'id' | 'family' | 'kind' | 'prices'>;
const entry = (id: string, family: string, kind: ModelKind, prices: ModelPrices, extra: Extra = {}): ModelInfo => ({
  id,
  family,
  kind,
  prices,
  ...extra,
});
/** A text model from its three headline prices (input / cached input / output). */
const chat = (id: string, family: string, [input, cachedInput, output]: [number, number, number], extra: Extra): ModelInfo =>
  entry(id, family, 'text', { input, cachedInput, output }, extra);

const ENTRIES: readonly ModelInfo[] = [
  chat('gpt-5', 'gpt-5', [1.25, 0.125, 10], { vision: tile(70, 140), ...GPT5, aliases: ['gpt-5-chat'] }),
  chat('gpt-5-mini', 'gpt-5', [0.25, 0.025, 2], { vision: patchWithOriginal(1.62), ...GPT5 }),
  chat('gpt-5-nano', 'gpt-5', [0.05, 0.005, 0.4], { vision: patchWithOriginal(2.46), ...GPT5 }),
  chat('gpt-4.1', 'gpt-4.1', [2, 0.5, 8], { vision: tile(85, 170), ...GPT41 }),
  chat('gpt-4.1-mini', 'gpt-4.1', [0.4, 0.1, 1.6], { vision: patch(1.62), ...GPT41 }),
  chat('gpt-4.1-nano', 'gpt-4.1', [0.1, 0.025, 0.4], { vision: patch(2.46), ...GPT41 }),
  chat('gpt-4o', 'gpt-4o', [2.5, 1.25, 10], { vision: tile(85, 170), ...GPT4O }),
  chat('gpt-4o-mini', 'gpt-4o', [0.15, 0.075, 0.6], { vision: tile(2833, 5667), ...GPT4O }),
  chat('o1', 'o-series', [15, 7.5, 60], { vision: tile(75, 150), ...OSERIES }),
  chat('o3', 'o-series', [2, 0.5, 8], { vision: tile(75, 150), ...OSERIES }),
  chat('o4-mini', 'o-series', [1.1, 0.275, 4.4], { vision: patch(1.72), ...OSERIES }),

  // gpt-image-2 and 1.5: third-party price figures (docs/api-facts.md), no cached rates published; token
  // counts assumed equal to gpt-image-1's. Capabilities and dates live in image-models.ts.
  entry('gpt-image-2', 'gpt-image', 'image-generation', { input: 5, imageInput: 8, output: 30 }, { vision: IMAGE_INPUT, imageOutput: GPT_IMAGE_OUTPUT }),
  entry('gpt-image-1.5', 'gpt-image', 'image-generation', { input: 5, imageInput: 8, output: 32 }, { vision: IMAGE_INPUT, imageOutput: GPT_IMAGE_OUTPUT }),
  entry('gpt-image-1', 'gpt-image', 'image-generation', { input: 5, cachedInput: 1.25, imageInput: 10, cachedImageInput: 2.5, output: 40 }, {
    vision: IMAGE_INPUT,
    imageOutput: GPT_IMAGE_OUTPUT,
  }),
  // Token counts assumed equal to gpt-image-1's (OpenAI publishes one table for the family).
  entry('gpt-image-1-mini', 'gpt-image', 'image-generation', { input: 2, cachedInput: 0.2, imageInput: 2.5, cachedImageInput: 0.25, output: 8 }, {
    vision: IMAGE_INPUT,
    imageOutput: GPT_IMAGE_OUTPUT,
  }),

  entry('whisper-1', 'whisper', 'transcription', { perMinute: 0.006 }),
  entry('gpt-4o-transcribe', 'gpt-4o-transcribe', 'transcription', { perMinute: 0.006, input: 2.5, audioInput: 6, output: 10 }, TRANSCRIBE),
  entry('gpt-4o-mini-transcribe', 'gpt-4o-transcribe', 'transcription', { perMinute: 0.003, input: 1.25, audioInput: 3, output: 5 }, TRANSCRIBE),
  entry('gpt-4o-transcribe-diarize', 'gpt-4o-transcribe', 'transcription', { perMinute: 0.006, input: 2.5, audioInput: 6, output: 10 }, TRANSCRIBE),

  entry('gpt-realtime', 'realtime', 'realtime', { input: 4, cachedInput: 0.4, output: 16, audioInput: 32, cachedAudioInput: 0.4, audioOutput: 64 }),
  entry('gpt-realtime-mini', 'realtime', 'realtime', { input: 0.6, cachedInput: 0.06, output: 2.4, audioInput: 10, cachedAudioInput: 0.3, audioOutput: 20 }),
  entry('gpt-4o-realtime-preview', 'realtime', 'realtime', { input: 5, cachedInput: 2.5, output: 20, audioInput: 40, cachedAudioInput: 2.5, audioOutput: 80 }),

  entry('text-embedding-3-small', 'embedding', 'embedding', { input: 0.02 }, { contextWindow: 8_191 }),
  entry('text-embedding-3-large', 'embedding', 'embedding', { input: 0.13 }, { contextWindow: 8_191 }),
  // Free: every price is zero, so costs come out as a known $0 rather than "unknown".
  entry('omni-moderation-latest', 'moderation', 'moderation', { input: 0, output: 0 }, { aliases: ['omni-moderation'] }),
];

/** Freezes an object graph so no caller can edit the shared catalog in place. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Every catalog entry by canonical id (frozen). Read it through `lookupModel`, which handles snapshots and overrides. */
export const CATALOG: Readonly<Record<string, ModelInfo>> = deepFreeze(Object.fromEntries(ENTRIES.map((m) => [m.id, m])));
