/**
 * Types shared by the pricing catalog and its formulas. Prices are list prices in USD per 1M tokens
 * (the unit OpenAI publishes); money that is stored or summed is integer micro-dollars (see money.ts).
 */

/** What a model does; decides which formulas apply to it. */
export type ModelKind = 'text' | 'image-generation' | 'transcription' | 'realtime' | 'embedding' | 'moderation';

/** Integer micro-dollars (USD × 1e6). The ledger's unit: integers add without float drift. */
export type Micros = number;

/** The `detail` of an image input. 'auto' is estimated as 'high' (an upper bound). */
export type ImageDetail = 'low' | 'high' | 'auto';

/**
 * Every detail level a vision request can name: the Responses API adds 'original' (full resolution,
 * a larger patch budget) for the models that offer it; elsewhere it is counted as 'high'.
 */
export type VisionDetail = ImageDetail | 'original';

/** A pixel size. */
export interface Size {
  width: number;
  height: number;
}

/**
 * How a model counts image input tokens (docs/api-facts.md).
 * - tile: low = base; high = fit in maxSide², shrink the short side to shortSide, base + 512-px tiles × perTile.
 *   `detailIgnored` marks models without a detail knob (gpt-image-1 inputs): always the high path.
 * - patch: 32-px patches, shrunk to `budget` patches, × multiplier; low/high/auto do not change it.
 *   `originalBudget` marks models that take detail 'original' (Responses API), with that larger budget.
 */
export type VisionSpec =
  | { kind: 'tile'; base: number; perTile: number; shortSide: number; maxSide: number; detailIgnored?: boolean }
  | { kind: 'patch'; multiplier: number; budget: number; originalBudget?: number };

/** List prices in USD per 1M tokens, except `perMinute` (USD per audio minute). Absent = not offered. */
export interface ModelPrices {
  /** Text input tokens (and image/audio input tokens when no dedicated price is set). */
  input?: number;
  /** Cached text input tokens; absent = no discount, billed as `input`. */
  cachedInput?: number;
  /** Output tokens: text, or generated-image tokens for image-generation models. */
  output?: number;
  /** Image input tokens where they differ from text input (gpt-image-1 family). */
  imageInput?: number;
  /** Cached image input tokens; absent = `imageInput` (or `cachedInput` when imageInput is absent too). */
  cachedImageInput?: number;
  /** Audio input tokens. */
  audioInput?: number;
  /** Cached audio input tokens; absent = `audioInput`. */
  cachedAudioInput?: number;
  /** Audio output tokens. */
  audioOutput?: number;
  /** USD per minute of audio, prorated by the second (transcription). */
  perMinute?: number;
}

/** Output image tokens per quality × shape (gpt-image-1 family). */
export type ImageOutputTable = Record<'low' | 'medium' | 'high', { square: number; portrait: number; landscape: number }>;

/** One catalog entry. */
export interface ModelInfo {
  /** Canonical id, e.g. 'gpt-4o' (snapshots such as 'gpt-4o-2024-08-06' resolve to it). */
  id: string;
  /** Product family, for grouping in the UI (e.g. 'gpt-5', 'o-series', 'gpt-image'). */
  family: string;
  kind: ModelKind;
  prices: ModelPrices;
  /** Image input formula; absent = the model takes no images. */
  vision?: VisionSpec;
  /** Generated-image token table; image-generation models only. */
  imageOutput?: ImageOutputTable;
  /** Context window in tokens, where known. */
  contextWindow?: number;
  /** Largest output in tokens, where known. */
  maxOutputTokens?: number;
  /** Spends hidden reasoning tokens that count against the output cap (gpt-5 family, o-series). */
  reasoning?: boolean;
  /** Other base names whose snapshots resolve here (e.g. 'omni-moderation' for dated moderation ids). */
  aliases?: readonly string[];
}

/**
 * A user's correction from Settings: any price fields replace the catalog's. `basedOn` lets a custom
 * id (an Azure deployment, a proxy alias) borrow a catalog model's formulas and prices.
 */
export type PriceOverride = Partial<ModelPrices> & { basedOn?: string };

/** Settings' overrides: model id (or a base id covering its snapshots) → partial price record. */
export type PriceOverrides = Readonly<Record<string, PriceOverride>>;

/** Returned instead of a number when a cost cannot be known, so callers show "price unknown", never $0. */
export interface PriceUnknown {
  known: false;
  model: string;
  /** unknown_model: not in the catalog nor overrides; missing_price: known, but lacks a price this usage needs. */
  reason: 'unknown_model' | 'missing_price';
  /** Which price was missing (e.g. 'audioInput'), for missing_price. */
  missing?: string;
}
