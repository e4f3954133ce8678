import { describe, expect, it } from 'vitest';
import { costOfUsage, isPriceUnknown, type PriceUnknown, type UsageCost } from '../pricing';

function known(c: UsageCost | PriceUnknown): UsageCost {
  if (isPriceUnknown(c)) throw new Error(`unexpected unknown price: ${JSON.stringify(c)}`);
  return c;
}

describe('costOfUsage', () => {
  it('chat usage with cached tokens', () => {
    const c = known(costOfUsage('gpt-4o-2024-08-06', { prompt_tokens: 1000, completion_tokens: 500, prompt_tokens_details: { cached_tokens: 200 } }));
    expect(c.breakdown).toEqual({ input: 800 * 2.5, cachedInput: 200 * 1.25, output: 500 * 10, image: 0, audio: 0 });
    expect(c.micros).toBe(7250);
    expect(c.usd).toBe(0.00725);
    expect(c.pricedAs).toBe('gpt-4o');
  });
  it('responses usage (reasoning tokens are inside output_tokens)', () => {
    const c = known(
      costOfUsage('gpt-5-mini', {
        input_tokens: 10_000,
        output_tokens: 2000,
        input_tokens_details: { cached_tokens: 4000 },
        output_tokens_details: { reasoning_tokens: 1500 },
      }),
    );
    expect(c.breakdown).toEqual({ input: 1500, cachedInput: 100, output: 4000, image: 0, audio: 0 });
    expect(c.micros).toBe(5600);
  });
  it('images usage: text and image input at their own prices, output at the image output price', () => {
    const c = known(
      costOfUsage('gpt-image-1', { input_tokens: 244, output_tokens: 4160, input_tokens_details: { text_tokens: 50, image_tokens: 194 } }),
    );
    expect(c.breakdown).toEqual({ input: 250, cachedInput: 0, output: 166_400, image: 1940, audio: 0 });
  });
  it('images usage with cached tokens and no split counts them as cached text first', () => {
    const c = known(
      costOfUsage('gpt-image-1-mini', {
        input_tokens: 300,
        output_tokens: 272,
        input_tokens_details: { text_tokens: 100, image_tokens: 200, cached_tokens: 150 },
      }),
    );
    // 100 cached text × 0.20 + 50 cached image × 0.25 → 20 + 12.5; 150 image × 2.5; 272 × 8
    expect(c.breakdown).toEqual({ input: 0, cachedInput: 20 + 13, output: 2176, image: 375, audio: 0 });
  });
  it('whisper-1 duration usage, prorated per second', () => {
    expect(known(costOfUsage('whisper-1', { type: 'duration', seconds: 90 })).breakdown.audio).toBe(9000);
    expect(known(costOfUsage('whisper-1', { type: 'duration', seconds: 90.2 })).micros).toBe(9100);
  });
  it('gpt-4o-transcribe token usage', () => {
    const c = known(
      costOfUsage('gpt-4o-transcribe', {
        type: 'tokens',
        input_tokens: 1000,
        output_tokens: 300,
        input_token_details: { audio_tokens: 900, text_tokens: 100 },
      }),
    );
    expect(c.breakdown).toEqual({ input: 250, cachedInput: 0, output: 3000, image: 0, audio: 5400 });
    expect(c.micros).toBe(8650);
  });
  it('realtime usage with cached audio and audio output', () => {
    const c = known(
      costOfUsage('gpt-realtime', {
        input_tokens: 1100,
        output_tokens: 600,
        input_token_details: { text_tokens: 100, audio_tokens: 1000, cached_tokens: 500, cached_tokens_details: { text_tokens: 0, audio_tokens: 500 } },
        output_token_details: { text_tokens: 100, audio_tokens: 500 },
      }),
    );
    expect(c.breakdown).toEqual({ input: 400, cachedInput: 200, output: 1600, image: 0, audio: 16_000 + 32_000 });
    expect(c.micros).toBe(50_200);
  });
  it('embeddings and free moderation', () => {
    expect(known(costOfUsage('text-embedding-3-small', { prompt_tokens: 1000, total_tokens: 1000 })).micros).toBe(20);
    expect(known(costOfUsage('omni-moderation-latest', { prompt_tokens: 5000 })).micros).toBe(0);
  });
  it('price overrides apply', () => {
    const c = known(costOfUsage('gpt-4o', { prompt_tokens: 1000, completion_tokens: 0 }, { 'gpt-4o': { input: 3 } }));
    expect(c.micros).toBe(3000);
  });
  it('unknown model → unknown_model marker, never $0', () => {
    expect(costOfUsage('o1-pro', { prompt_tokens: 10, completion_tokens: 10 })).toEqual({ known: false, model: 'o1-pro', reason: 'unknown_model' });
  });
  it('a token class without a price → missing_price', () => {
    expect(costOfUsage('whisper-1', { type: 'tokens', input_tokens: 10, output_tokens: 5, input_token_details: { audio_tokens: 10 } })).toMatchObject({
      known: false,
      reason: 'missing_price',
      missing: 'audioInput',
    });
    expect(costOfUsage('gpt-4o', { prompt_tokens: 100, prompt_tokens_details: { audio_tokens: 50 } })).toMatchObject({ missing: 'audioInput' });
    expect(costOfUsage('gpt-4o', { type: 'duration', seconds: 10 })).toMatchObject({ missing: 'perMinute' });
  });
  it('tolerates null details and missing output', () => {
    const c = known(costOfUsage('gpt-4.1', { prompt_tokens: 100, prompt_tokens_details: null, completion_tokens_details: null }));
    expect(c.micros).toBe(200);
  });
});
