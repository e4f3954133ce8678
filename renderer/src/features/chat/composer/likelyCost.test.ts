import { describe, expect, it } from 'vitest';
import { likelyMicros, TYPICAL_REPLY_TOKENS, typicalReplyTokens } from './likelyCost';

describe('likely cost of a send', () => {
  const estimate = { minMicros: 100, maxMicros: 100 + 32_000 * 2, maxOutputTokens: 32_000, priceKnown: true };

  it('is the input plus a typical reply, far below the cap for a one-line message', () => {
    expect(likelyMicros(estimate, 400)).toBe(100 + 400 * 2);
    expect(likelyMicros(estimate, 400)!).toBeLessThan(estimate.maxMicros / 10);
  });

  it('never exceeds the cap, and is null when the price is unknown', () => {
    expect(likelyMicros(estimate, 1_000_000)).toBe(estimate.maxMicros);
    expect(likelyMicros({ ...estimate, priceKnown: false }, 400)).toBeNull();
    expect(likelyMicros({ ...estimate, maxMicros: null }, 400)).toBeNull();
  });

  it('learns the typical reply from the conversation’s finished replies only', () => {
    expect(typicalReplyTokens([])).toBe(TYPICAL_REPLY_TOKENS);
    expect(
      typicalReplyTokens([
        { role: 'assistant', status: 'complete', outputTokens: 100 },
        { role: 'assistant', status: 'complete', outputTokens: 300 },
        { role: 'assistant', status: 'cancelled', outputTokens: 5 },
        { role: 'user', status: 'complete', outputTokens: 0 },
      ]),
    ).toBe(200);
  });
});
