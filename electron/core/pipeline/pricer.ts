import { costOfUsage, estimateChatRequest, isPriceUnknown, type PriceOverrides, type Usage as PricingUsage } from '../../../shared/pricing';
import type { ChatMessage } from './operations/chat';
import type { Estimate, Usage } from './types';

/** Pricing with the user's overrides applied; operations ask it for estimates and actual costs. */
export interface Pricer {
  chatEstimate(model: string, messages: ChatMessage[], maxOutputTokens: number, images: number): Estimate;
  costOf(model: string, usage: Usage): { micros: number; known: boolean };
}

const DEFAULT_IMAGE_SIZE = 1024;

export function createPricer(overrides: () => PriceOverrides): Pricer {
  return {
    chatEstimate(model, messages, maxOutputTokens, images) {
      const e = estimateChatRequest(
        {
          model,
          maxOutputTokens,
          messages: messages.map((m) => ({
            role: m.role,
            text: typeof m.content === 'string' ? m.content : m.content.map((p) => (p.type === 'text' ? p.text : '')).join('\n'),
            images:
              typeof m.content === 'string'
                ? []
                : m.content.flatMap((p) =>
                    p.type === 'image_url' ? [{ width: p.width ?? DEFAULT_IMAGE_SIZE, height: p.height ?? DEFAULT_IMAGE_SIZE, detail: p.image_url.detail ?? 'auto' }] : [],
                  ),
          })),
        },
        overrides(),
      );
      return { inputTokens: e.inputTokens, maxOutputTokens: e.maxOutputTokens, maxCostMicros: e.microsMax, images, audioSeconds: 0 };
    },
    costOf(model, usage) {
      const raw = (usage.raw ?? {
        prompt_tokens: usage.inputTokens,
        completion_tokens: usage.outputTokens,
        prompt_tokens_details: { cached_tokens: usage.cachedTokens },
      }) as PricingUsage;
      const cost = costOfUsage(model, raw, overrides());
      return isPriceUnknown(cost) ? { micros: 0, known: false } : { micros: cost.micros, known: true };
    },
  };
}
