/**
 * The cost line leads with what a send will most likely cost, and names the worst case second: a
 * one-line question costs its input and a typical reply, not the reply cap.
 */
import type { ChatEstimate } from '../../../../../shared/contract';

/** Output tokens assumed for a reply when the conversation has none to learn from. */
export const TYPICAL_REPLY_TOKENS = 400;

/** The typical reply length of a conversation: the mean output of its finished replies, else a default. */
export function typicalReplyTokens(replies: readonly { role: string; status: string; outputTokens: number }[]): number {
  const done = replies.filter((m) => m.role === 'assistant' && m.status === 'complete' && m.outputTokens > 0);
  if (done.length === 0) return TYPICAL_REPLY_TOKENS;
  return Math.round(done.reduce((sum, m) => sum + m.outputTokens, 0) / done.length);
}

/**
 * Likely cost in micro-dollars: the input (minMicros) plus the typical reply priced at the same
 * per-token rate the cap implies. Null when the price is unknown.
 */
export function likelyMicros(estimate: Pick<ChatEstimate, 'minMicros' | 'maxMicros' | 'maxOutputTokens' | 'priceKnown'>, replyTokens: number): number | null {
  if (!estimate.priceKnown || estimate.minMicros === null || estimate.maxMicros === null) return null;
  if (estimate.maxOutputTokens <= 0) return estimate.minMicros;
  const share = Math.min(1, Math.max(0, replyTokens) / estimate.maxOutputTokens);
  return Math.round(estimate.minMicros + (estimate.maxMicros - estimate.minMicros) * share);
}
