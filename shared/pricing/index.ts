/**
 * Pricing: the model catalog, token formulas and money arithmetic, as pure functions. The ledger
 * stores integer micro-dollars; list prices are USD per 1M tokens as of CATALOG_DATE, and users can
 * override any model's prices in Settings — every function takes those `PriceOverrides` as an
 * optional last argument and merges them over the catalog. Unknown models yield a `PriceUnknown`
 * marker (or undefined for token counts), never $0.
 *
 * Layout: pricing/types (shapes), catalog (data), lookup (snapshot ids + overrides), vision (image
 * input tokens, upload size), images (generation), text (chat pre-flight), cost (actual usage),
 * audio (per-minute), money (micro-dollars, formatting).
 */
export type {
  ImageDetail, VisionDetail, ImageOutputTable, Micros, ModelInfo, ModelKind, ModelPrices, PriceOverride, PriceOverrides, PriceUnknown, Size, VisionSpec,
} from './types';
export { CATALOG, CATALOG_DATE } from './catalog';
export { catalogIdFor, isPriceUnknown, lookupModel, matchesBase, normalizeModelId, priceUnknown, type ResolvedModel } from './lookup';
export { detailLevels, FALLBACK_VISION, imageInputTokens, patchCount, patchResize, resizeForModel, resizeForSpec, tileResize, visionTokens } from './vision';
export {
  estimateImageGeneration, imageOutputTokens, PARTIAL_IMAGE_TOKENS, perImageMicros,
  type ImageGenerationEstimate, type ImageGenerationRequest, type ImageGenQuality, type ImageGenSize,
} from './images';
export {
  checkImageRequest, IMAGE_MODELS, IMAGE_MODELS_DATE, imageModelSpec, imageModelStatus, parseSize, sizeIsExperimental, sizeProblem,
  type ImageBackground, type ImageModelSpec, type ImageOutputFormat, type ImageQuality, type ImageRequestIssue, type ImageRequestParams, type ImageSizeRule,
} from './image-models';
export {
  estimateChatRequest, estimateTextTokens, MESSAGE_OVERHEAD_TOKENS, REPLY_PRIMING_TOKENS,
  type ChatImage, type ChatMessageForEstimate, type ChatRequestEstimate, type ChatRequestForEstimate,
} from './text';
export {
  costOfUsage,
  type ChatUsage, type CostBreakdown, type InputTokenDetails, type ResponsesUsage, type TranscriptionDurationUsage,
  type TranscriptionTokenUsage, type Usage, type UsageCost,
} from './cost';
export { billableSeconds, durationToMicros, estimateTranscription } from './audio';
export { currencySymbol, formatMoney, linesToMicros, microsToUsd, sumMicros, toMicros, tokensToMicros, USD, type Currency } from './money';
export { tokenizerFor, type TokenizerName } from './tokenizer';
export { contextWindow, DEFAULT_REPLY_TOKENS, isReasoningModel, REASONING_REPLY_TOKENS, replyTokenCap } from './output';
