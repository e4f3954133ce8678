import { describe, expect, it } from 'vitest';
import { estimateImageGeneration, imageOutputTokens, isPriceUnknown, type ImageGenerationEstimate, type PriceUnknown } from '../pricing';

function known(e: ImageGenerationEstimate | PriceUnknown): ImageGenerationEstimate {
  if (isPriceUnknown(e)) throw new Error(`unexpected unknown price: ${JSON.stringify(e)}`);
  return e;
}

describe('imageOutputTokens', () => {
  it.each([
    ['low', '1024x1024', 272], ['low', '1024x1536', 408], ['low', '1536x1024', 400],
    ['medium', '1024x1024', 1056], ['medium', '1024x1536', 1584], ['medium', '1536x1024', 1568],
    ['high', '1024x1024', 4160], ['high', '1024x1536', 6240], ['high', '1536x1024', 6208],
  ] as const)('gpt-image-1 %s %s → %i', (quality, size, tokens) => {
    expect(imageOutputTokens('gpt-image-1', size, quality)).toBe(tokens);
    expect(imageOutputTokens('gpt-image-1-mini', size, quality)).toBe(tokens);
  });
  it("'auto' quality is estimated as high; 'auto' size as 1024x1024 unless told", () => {
    expect(imageOutputTokens('gpt-image-1', '1024x1536', 'auto')).toBe(6240);
    expect(imageOutputTokens('gpt-image-1', 'auto', 'auto')).toBe(4160);
    expect(imageOutputTokens('gpt-image-1', 'auto', 'low', undefined, '1536x1024')).toBe(400);
  });
  it('is undefined for models that do not generate images', () => {
    expect(imageOutputTokens('gpt-4o', '1024x1024', 'high')).toBeUndefined();
    expect(imageOutputTokens('dall-e-3', '1024x1024', 'high')).toBeUndefined();
  });
  it("gpt-image-2's free sizes scale the square count by area", () => {
    expect(imageOutputTokens('gpt-image-2', '2048x2048', 'high')).toBe(4160 * 4);
    expect(imageOutputTokens('gpt-image-2', '1920x1080', 'medium')).toBe(Math.ceil((1056 * 1920 * 1080) / 1048576));
    expect(imageOutputTokens('gpt-image-2', 'garbage', 'medium')).toBeUndefined();
  });
});

describe('estimateImageGeneration', () => {
  it('gpt-image-1, high, square, one image', () => {
    const e = known(estimateImageGeneration({ model: 'gpt-image-1', size: '1024x1024', quality: 'high', n: 1, promptTokens: 50 }));
    expect(e).toMatchObject({ inputTokens: 50, outputTokens: 4160, micros: 50 * 5 + 4160 * 40 });
    expect(e.usd).toBeCloseTo(0.16665, 10);
  });
  it('bills input once and output n times; input images at the image price', () => {
    const e = known(
      estimateImageGeneration({
        model: 'gpt-image-1',
        size: '1024x1024',
        quality: 'high',
        n: 2,
        promptTokens: 50,
        inputImages: [{ width: 1024, height: 1024 }],
      }),
    );
    expect(e).toMatchObject({ textInputTokens: 50, imageInputTokens: 194, inputTokens: 244, outputTokens: 8320 });
    expect(e.micros).toBe(50 * 5 + 194 * 10 + 8320 * 40);
  });
  it('gpt-image-1-mini uses its own prices', () => {
    const e = known(estimateImageGeneration({ model: 'gpt-image-1-mini', size: '1024x1024', quality: 'low', n: 1, promptTokens: 20 }));
    expect(e.micros).toBe(20 * 2 + 272 * 8);
  });
  it('partial images add 100 output tokens each', () => {
    const e = known(estimateImageGeneration({ model: 'gpt-image-1', size: '1536x1024', quality: 'medium', n: 1, promptTokens: 0, partialImages: 2 }));
    expect(e.outputTokens).toBe(1568 + 200);
  });
  it('honours price overrides', () => {
    const e = known(
      estimateImageGeneration({ model: 'gpt-image-1', size: '1024x1024', quality: 'low', n: 1, promptTokens: 0 }, { 'gpt-image-1': { output: 50 } }),
    );
    expect(e.micros).toBe(272 * 50);
  });
  it('dall-e models cost a fixed price per image by size and quality', () => {
    expect(known(estimateImageGeneration({ model: 'dall-e-3', size: '1792x1024', quality: 'hd', n: 1, promptTokens: 10 })).micros).toBe(120_000);
    expect(known(estimateImageGeneration({ model: 'dall-e-2', size: '512x512', quality: 'standard', n: 3, promptTokens: 10 })).micros).toBe(54_000);
  });
  it('unknown model or a model without an output table is price unknown', () => {
    expect(estimateImageGeneration({ model: 'dall-e-9', size: '1024x1024', quality: 'high', n: 1, promptTokens: 10 })).toEqual({
      known: false,
      model: 'dall-e-9',
      reason: 'unknown_model',
    });
    const e = estimateImageGeneration({ model: 'gpt-4o', size: '1024x1024', quality: 'high', n: 1, promptTokens: 10 });
    expect(e).toMatchObject({ known: false, reason: 'missing_price', missing: 'imageOutput' });
  });
});
