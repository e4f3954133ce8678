import {
  contextWindow, costOfUsage, estimateChatRequest, isPriceUnknown, REPLY_PRIMING_TOKENS, replyTokenCap, type PriceOverrides, type Usage as PricingUsage,
} from '../../../shared/pricing';
import { countTokens, tokenCounter } from '../tokens/count';
import type { ChatMessage } from './operations/chat';
import type { Estimate, Usage } from './types';

/** Pricing with the user's overrides applied; operations ask it for estimates and actual costs. */
export interface Pricer {
  chatEstimate(model: string, messages: ChatMessage[], maxOutputTokens: number, images: number): Estimate;
  costOf(model: string, usage: Usage): { micros: number; known: boolean };
  /** Tokens of a text as the model's tokenizer counts them. */
  countText(model: string, text: string): number;
  /** Input tokens of one message (overhead, text and images), for trimming history to the context window. */
  messageTokens(model: string, message: ChatMessage): number;
  /** The output cap a chat request sends (reasoning-aware, from the catalog). */
  replyCap(model: string): number;
  /** The model's context window (input + output). */
  contextWindow(model: string): number;
}

const DEFAULT_IMAGE_SIZE = 1024;

const textsOf = (m: ChatMessage) => (typeof m.content === 'string' ? [m.content] : m.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])));

const forEstimate = (messages: ChatMessage[]) =>
  messages.map((m) => ({
    role: m.role,
    text: '',
    textParts: textsOf(m),
    images:
      typeof m.content === 'string'
        ? []
        : m.content.flatMap((p) => (p.type === 'image_url' ? [{ width: p.width ?? DEFAULT_IMAGE_SIZE, height: p.height ?? DEFAULT_IMAGE_SIZE, detail: p.image_url.detail ?? 'auto' }] : [])),
  }));

export function createPricer(overrides: () => PriceOverrides): Pricer {
  function chatEstimate(model: string, messages: ChatMessage[], maxOutputTokens: number, images: number): Estimate {
    const o = overrides();
    const e = estimateChatRequest({ model, maxOutputTokens, messages: forEstimate(messages), countText: tokenCounter(model, o) }, o);
    return { inputTokens: e.inputTokens, maxOutputTokens: e.maxOutputTokens, maxCostMicros: e.microsMax, images, audioSeconds: 0 };
  }
  return {
    chatEstimate,
    costOf(model, usage) {
      const raw = (usage.raw ?? {
        prompt_tokens: usage.inputTokens,
        completion_tokens: usage.outputTokens,
        prompt_tokens_details: { cached_tokens: usage.cachedTokens },
      }) as PricingUsage;
      const cost = costOfUsage(model, raw, overrides());
      return isPriceUnknown(cost) ? { micros: 0, known: false } : { micros: cost.micros, known: true };
    },
    countText: (model, text) => countTokens(text, model, overrides()),
    messageTokens(model, message) {
      // A one-message request minus the reply priming: overhead + text + images, priced by the same formulas.
      const o = overrides();
      const e = estimateChatRequest({ model, maxOutputTokens: 0, messages: forEstimate([message]), countText: tokenCounter(model, o) }, o);
      return e.inputTokens - REPLY_PRIMING_TOKENS;
    },
    replyCap: (model) => replyTokenCap(model, overrides()),
    contextWindow: (model) => contextWindow(model, overrides()),
  };
}
