import { describe, expect, it } from 'vitest';
import { estimateChatRequest, estimateTextTokens, MESSAGE_OVERHEAD_TOKENS, REPLY_PRIMING_TOKENS } from '../pricing';

describe('estimateTextTokens', () => {
  it.each([
    ['', 0],
    ['abcd', 1],
    ['hello world', 3],
    ['a'.repeat(400), 100],
    ['你好世界', 4],
    ['こんにちは', 5],
    ['안녕하세요', 5],
    ['abcd你好', 3],
    ['Привет', 3],
    ['😀', 1],
    ['café', 1],
  ])('%j → %i', (text, tokens) => {
    expect(estimateTextTokens(text)).toBe(tokens);
  });
});

describe('estimateChatRequest', () => {
  const messages = [
    { role: 'system' as const, text: 'You are helpful.' }, // 16 chars → 4
    { role: 'user' as const, text: 'abcd'.repeat(10), images: [{ width: 1024, height: 1024, detail: 'high' as const }] }, // 10 + 765
  ];
  const textTokens = REPLY_PRIMING_TOKENS + 2 * MESSAGE_OVERHEAD_TOKENS + 4 + 10;

  it('counts overhead, text and images; prices min (input) and max (input + output)', () => {
    const e = estimateChatRequest({ model: 'gpt-4o', messages, maxOutputTokens: 1000 });
    expect(e).toMatchObject({ inputTokens: textTokens + 765, imageTokens: 765, maxOutputTokens: 1000, priceKnown: true });
    expect(e.microsMin).toBe((textTokens + 765) * 2.5);
    expect(e.microsMax).toBe((textTokens + 765) * 2.5 + 1000 * 10);
    expect(e.usdMin).toBeCloseTo(0.001975, 12);
    expect(e.usdMax).toBeCloseTo(0.011975, 12);
  });
  it('uses the model’s own image formula', () => {
    const e = estimateChatRequest({ model: 'gpt-5-mini-2025-08-07', messages, maxOutputTokens: 0 });
    expect(e.imageTokens).toBe(1659);
    expect(e.microsMax).toBe(e.microsMin);
  });
  it('applies overrides', () => {
    const e = estimateChatRequest({ model: 'gpt-4o', messages: [], maxOutputTokens: 1_000_000 }, { 'gpt-4o': { output: 12 } });
    expect(e.microsMax).toBe(Math.round(REPLY_PRIMING_TOKENS * 2.5) + 12_000_000);
  });
  it('unknown models still get token counts (fallback image formula) but no price', () => {
    const e = estimateChatRequest({ model: 'mystery-model', messages, maxOutputTokens: 500 });
    expect(e).toMatchObject({ inputTokens: textTokens + 765, priceKnown: false, usdMin: null, usdMax: null, microsMax: null });
    expect(e.unknown).toEqual({ known: false, model: 'mystery-model', reason: 'unknown_model' });
  });
  it('models without a needed price are price unknown, not $0', () => {
    const e = estimateChatRequest({ model: 'whisper-1', messages, maxOutputTokens: 10 });
    expect(e.priceKnown).toBe(false);
    expect(e.unknown).toMatchObject({ reason: 'missing_price', missing: 'input' });
  });
});
