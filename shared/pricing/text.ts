/**
 * Text token estimates for pre-flight checks and rate limiting. shared/ ships no tokenizer (its
 * tables are megabytes, and the renderer imports this module): core passes its real counter
 * (electron/core/tokens) as `countText`; the script heuristic below is only the fallback. The ledger
 * records the usage the API reports whenever it reports one.
 */
import { isPriceUnknown, lookupModel, priceUnknown, type ResolvedModel } from './lookup';
import { linesToMicros, microsToUsd } from './money';
import type { Micros, PriceOverrides, PriceUnknown, VisionDetail } from './types';
import { FALLBACK_VISION, visionTokens } from './vision';

/** Tokens each chat message costs beyond its content (role and separators; OpenAI's cookbook: ~3–4). */
export const MESSAGE_OVERHEAD_TOKENS = 4;
/** Tokens that prime every reply (`<|start|>assistant<|message|>`). */
export const REPLY_PRIMING_TOKENS = 3;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Estimated tokens in `text`: ~4 characters per token for Latin script (U+0000–U+024F), 1 token per
 * CJK character, 1 per astral-plane character (emoji), ~2 characters per token for other scripts
 * (Cyrillic, Greek, Arabic, …). Rounded up; '' is 0. Excludes the per-message overhead.
 */
export function estimateTextTokens(text: string): number {
  let quarters = 0; // integer quarter-tokens, so the sum is exact
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp <= 0x024f) quarters += 1;
    else if (cp > 0xffff || CJK.test(ch)) quarters += 4;
    else quarters += 2;
  }
  return Math.ceil(quarters / 4);
}

/** An image attached to a chat message, by pixel size. */
export interface ChatImage {
  width: number;
  height: number;
  detail: VisionDetail;
}

/** One chat message as the estimator sees it. */
export interface ChatMessageForEstimate {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
  text: string;
  /**
   * The text in its parts (a draft and a large attached file), counted one by one so an unchanged part's
   * count can be reused; each join adds a token. Replaces `text` for counting when present.
   */
  textParts?: readonly string[];
  images?: readonly ChatImage[];
}

/** A chat request to estimate. */
export interface ChatRequestForEstimate {
  model: string;
  messages: readonly ChatMessageForEstimate[];
  /** The max_output_tokens / max_completion_tokens sent (reasoning tokens count against it). */
  maxOutputTokens: number;
  /** Tokens of a text as the model counts them; default: the estimateTextTokens heuristic. */
  countText?: (text: string) => number;
}

/**
 * A chat request's estimate. Token counts are always present (rate limiting needs them even for
 * unknown models); money is null when the price is unknown, with `unknown` saying why.
 */
export interface ChatRequestEstimate {
  inputTokens: number;
  /** The part of inputTokens that is images. */
  imageTokens: number;
  maxOutputTokens: number;
  priceKnown: boolean;
  /** Input only: the least the call can cost. */
  microsMin: Micros | null;
  /** Input plus every allowed output token: the most it can cost. */
  microsMax: Micros | null;
  usdMin: number | null;
  usdMax: number | null;
  unknown?: PriceUnknown;
}

/** The three prices a chat estimate needs, or why they are not all known. */
function chatPrices(model: string, resolved: ResolvedModel | undefined): { input: number; image: number; output: number } | PriceUnknown {
  if (!resolved) return priceUnknown(model, 'unknown_model');
  const { input, imageInput, output } = resolved.info.prices;
  if (input === undefined) return priceUnknown(model, 'missing_price', 'input');
  if (output === undefined) return priceUnknown(model, 'missing_price', 'output');
  return { input, image: imageInput ?? input, output };
}

/**
 * Estimates a chat request: per-message overhead + text tokens (countText) + image formula (the model's, or
 * FALLBACK_VISION for unknown models) + reply priming; cost bounds from the catalog and overrides.
 */
export function estimateChatRequest(req: ChatRequestForEstimate, overrides?: PriceOverrides): ChatRequestEstimate {
  const resolved = lookupModel(req.model, overrides);
  const spec = resolved?.info.vision ?? FALLBACK_VISION;
  const count = req.countText ?? estimateTextTokens;
  let textTokens = REPLY_PRIMING_TOKENS;
  let imageTokens = 0;
  for (const m of req.messages) {
    textTokens += MESSAGE_OVERHEAD_TOKENS + (m.textParts ? m.textParts.reduce((n, part) => n + count(part), m.textParts.length - 1) : count(m.text));
    for (const img of m.images ?? []) imageTokens += visionTokens(spec, img.width, img.height, img.detail);
  }
  const maxOutputTokens = Math.max(0, Math.floor(req.maxOutputTokens));
  const tokens = { inputTokens: textTokens + imageTokens, imageTokens, maxOutputTokens };
  const p = chatPrices(req.model, resolved);
  if (isPriceUnknown(p)) {
    return { ...tokens, priceKnown: false, microsMin: null, microsMax: null, usdMin: null, usdMax: null, unknown: p };
  }
  const inputLines = [[textTokens, p.input], [imageTokens, p.image]] as const;
  const microsMin = linesToMicros(inputLines);
  const microsMax = linesToMicros([...inputLines, [maxOutputTokens, p.output]]);
  return { ...tokens, priceKnown: true, microsMin, microsMax, usdMin: microsToUsd(microsMin), usdMax: microsToUsd(microsMax) };
}
