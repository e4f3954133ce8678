/**
 * How many output tokens a chat request asks for, and how much context a model reads. The cap is
 * always sent, so what the limiter and budgets reserve is what the provider may bill.
 */
import { lookupModel, normalizeModelId } from './lookup';
import type { PriceOverrides } from './types';

/** A plain reply's budget when the model's own limit is unknown. */
export const DEFAULT_REPLY_TOKENS = 4096;
/** The most a plain (non-reasoning) model is asked for: gpt-4o's whole limit, half of gpt-4.1's. */
export const PLAIN_REPLY_TOKENS = 16_384;
/**
 * Reasoning tokens count against the cap before a word of the answer appears; OpenAI's reasoning
 * guide advises reserving at least 25,000 tokens for reasoning and output. 4,096 cut such replies.
 */
export const REASONING_REPLY_TOKENS = 32_768;
/** Context assumed for models we do not know (the smallest current chat model's window). */
export const DEFAULT_CONTEXT_TOKENS = 128_000;

const REASONING_NAME = /^(gpt-5|o\d)/;

/** Whether a model spends hidden reasoning tokens (catalog flag, or its name for unknown ids). */
export function isReasoningModel(model: string, overrides?: PriceOverrides): boolean {
  const info = lookupModel(model, overrides)?.info;
  return info?.reasoning ?? REASONING_NAME.test(normalizeModelId(info?.id ?? model));
}

/** max_completion_tokens for a chat reply: reasoning-aware, never above the model's own limit. */
export function replyTokenCap(model: string, overrides?: PriceOverrides): number {
  const info = lookupModel(model, overrides)?.info;
  const wanted = isReasoningModel(model, overrides) ? REASONING_REPLY_TOKENS : info?.maxOutputTokens ? PLAIN_REPLY_TOKENS : DEFAULT_REPLY_TOKENS;
  return Math.min(wanted, info?.maxOutputTokens ?? wanted);
}

/** The model's context window in tokens (input and output together). */
export function contextWindow(model: string, overrides?: PriceOverrides): number {
  return lookupModel(model, overrides)?.info.contextWindow ?? DEFAULT_CONTEXT_TOKENS;
}
