import { describe, expect, it } from 'vitest';
import { CATALOG, detailLevels, imageInputTokens, lookupModel, patchCount, patchResize, resizeForModel, tileResize, visionTokens } from '../pricing';

describe('tile models (OpenAI vision guide examples)', () => {
  it('1024×1024 high on gpt-4o is 765 tokens (4 tiles)', () => {
    expect(imageInputTokens('gpt-4o', 1024, 1024, 'high')).toBe(765);
  });
  it('2048×4096 high on gpt-4o is 1105 tokens (768×1536, 6 tiles)', () => {
    expect(tileResize(2048, 4096, { shortSide: 768, maxSide: 2048 })).toEqual({ width: 768, height: 1536 });
    expect(imageInputTokens('gpt-4o', 2048, 4096, 'high')).toBe(1105);
  });
  it('4096×8192 low on gpt-4o is 85 tokens', () => {
    expect(imageInputTokens('gpt-4o', 4096, 8192, 'low')).toBe(85);
  });
  it('auto is estimated as high', () => {
    expect(imageInputTokens('gpt-4o', 1024, 1024, 'auto')).toBe(765);
  });
  it('uses each model family’s base and per-tile numbers', () => {
    expect(imageInputTokens('gpt-4.1', 1024, 1024, 'high')).toBe(85 + 4 * 170);
    expect(imageInputTokens('gpt-5', 1024, 1024, 'high')).toBe(70 + 4 * 140);
    expect(imageInputTokens('gpt-5', 1024, 1024, 'low')).toBe(70);
    expect(imageInputTokens('gpt-4o-mini', 1024, 1024, 'high')).toBe(2833 + 4 * 5667);
    expect(imageInputTokens('gpt-4o-mini', 1024, 1024, 'low')).toBe(2833);
    expect(imageInputTokens('o1', 2048, 4096, 'high')).toBe(75 + 6 * 150);
    expect(imageInputTokens('o3-2025-04-16', 1024, 1024, 'high')).toBe(75 + 4 * 150);
  });
  it('never upscales: a small image is one tile, a short side under 768 stays', () => {
    expect(imageInputTokens('gpt-4o', 100, 100, 'high')).toBe(255);
    expect(tileResize(600, 1500, { shortSide: 768, maxSide: 2048 })).toEqual({ width: 600, height: 1500 });
    expect(imageInputTokens('gpt-4o', 600, 1500, 'high')).toBe(85 + 2 * 3 * 170);
  });
  it('rounds half to even like the API (2049×513 → 8 tiles, 2050×513 → 4 tiles on gpt-4.1)', () => {
    expect(imageInputTokens('gpt-4.1', 2049, 513, 'high')).toBe(85 + 8 * 170);
    expect(imageInputTokens('gpt-4.1', 2050, 513, 'high')).toBe(85 + 4 * 170);
  });
  it('gpt-image-1 inputs: short side to 512, 65 + 129 per tile, detail ignored', () => {
    expect(imageInputTokens('gpt-image-1', 1024, 1024, 'high')).toBe(194);
    expect(imageInputTokens('gpt-image-1', 1024, 1025, 'low')).toBe(194);
    expect(imageInputTokens('gpt-image-1', 512, 513, 'high')).toBe(65 + 2 * 129);
    expect(imageInputTokens('gpt-image-1-mini', 1920, 1080, 'high')).toBe(65 + 2 * 129);
  });
});

describe('patch models (OpenAI vision guide examples)', () => {
  it('1024×1024 is 1024 patches', () => {
    expect(patchCount(1024, 1024, 1536)).toBe(1024);
  });
  it('1800×2400 shrinks to 1056×1408 = 33 × 44 = 1452 patches', () => {
    const size = patchResize(1800, 2400, 1536);
    expect(size.width).toBeCloseTo(1056, 6);
    expect(size.height).toBeCloseTo(1408, 6);
    expect(patchCount(1800, 2400, 1536)).toBe(1452);
  });
  it('applies the model multiplier, rounded up', () => {
    expect(imageInputTokens('gpt-4.1-mini', 1024, 1024, 'high')).toBe(Math.ceil(1024 * 1.62)); // 1659
    expect(imageInputTokens('gpt-5-mini-2025-08-07', 1024, 1024, 'high')).toBe(1659);
    expect(imageInputTokens('gpt-5-nano', 1800, 2400, 'high')).toBe(Math.ceil(1452 * 2.46)); // 3572
    expect(imageInputTokens('gpt-4.1-nano', 1024, 1024, 'high')).toBe(2520);
    expect(imageInputTokens('o4-mini', 1024, 1024, 'high')).toBe(1762);
  });
  it('does not round an exact product up through float noise (150 × 1.62 = 243.00000000000003 in floats)', () => {
    expect(imageInputTokens('gpt-4.1-mini', 480, 320, 'high')).toBe(243);
    expect(imageInputTokens('o4-mini', 320, 320, 'high')).toBe(172);
  });
  it('detail does not change patch counts', () => {
    expect(imageInputTokens('gpt-5-mini', 1800, 2400, 'low')).toBe(imageInputTokens('gpt-5-mini', 1800, 2400, 'high'));
  });
  it('never exceeds the budget, even for extreme shapes', () => {
    for (const [w, h] of [[10, 100_000], [100_000, 10], [4000, 1474], [8000, 8000], [1537 * 32, 32], [3000, 2999]] as const) {
      expect(patchCount(w, h, 1536)).toBeLessThanOrEqual(1536);
      expect(patchCount(w, h, 1536)).toBeGreaterThan(0);
    }
  });
});

describe('resizeForModel', () => {
  it('tile high: fit 2048, then short side 768; low: 512-px thumbnail', () => {
    expect(resizeForModel('gpt-4o', 4000, 3000, 'high')).toEqual({ width: 1024, height: 768 });
    expect(resizeForModel('gpt-4o', 4000, 3000, 'auto')).toEqual({ width: 1024, height: 768 });
    expect(resizeForModel('gpt-4o', 4000, 3000, 'low')).toEqual({ width: 512, height: 384 });
  });
  it('never upscales', () => {
    expect(resizeForModel('gpt-4o', 300, 200, 'high')).toEqual({ width: 300, height: 200 });
    expect(resizeForModel('gpt-4o', 300, 200, 'low')).toEqual({ width: 300, height: 200 });
    expect(resizeForModel('gpt-5-mini', 640, 480, 'high')).toEqual({ width: 640, height: 480 });
  });
  it('patch: the budget-shrunk size, in whole pixels', () => {
    expect(resizeForModel('gpt-5-mini', 1800, 2400, 'high')).toEqual({ width: 1056, height: 1408 });
  });
  it('gpt-image-1 inputs shrink to a 512 short side', () => {
    expect(resizeForModel('gpt-image-1', 2048, 1024, 'high')).toEqual({ width: 1024, height: 512 });
  });
  it('the resized image costs the same tokens as the original', () => {
    for (const model of ['gpt-4o', 'gpt-5', 'gpt-4.1-mini', 'o4-mini', 'gpt-image-1']) {
      for (const [w, h] of [[4000, 3000], [1800, 2400], [5000, 700], [1025, 1024], [3001, 1999]] as const) {
        for (const detail of ['low', 'high'] as const) {
          const r = resizeForModel(model, w, h, detail);
          expect(imageInputTokens(model, r.width, r.height, detail), `${model} ${w}×${h} ${detail}`).toBe(imageInputTokens(model, w, h, detail));
        }
      }
    }
  });
  it('unknown models keep the original size', () => {
    expect(resizeForModel('mystery-model', 4000, 3000, 'high')).toEqual({ width: 4000, height: 3000 });
  });
});

describe('edge cases', () => {
  it('unknown or non-vision models have no image token count', () => {
    expect(imageInputTokens('mystery-model', 1024, 1024, 'high')).toBeUndefined();
    expect(imageInputTokens('whisper-1', 1024, 1024, 'high')).toBeUndefined();
  });
  it('rejects impossible sizes', () => {
    expect(() => imageInputTokens('gpt-4o', 0, 100, 'high')).toThrow(RangeError);
    expect(() => visionTokens({ kind: 'patch', multiplier: 1, budget: 1536 }, Number.NaN, 1, 'high')).toThrow(RangeError);
  });
});

describe("detail 'original' (Responses API) and the catalog's vision models", () => {
  it('gpt-5-mini original keeps up to 10,000 patches: 1800×2400 is 57×75 = 4275 patches × 1.62', () => {
    expect(patchCount(1800, 2400, 10_000)).toBe(4275);
    expect(imageInputTokens('gpt-5-mini', 1800, 2400, 'original')).toBe(Math.ceil(4275 * 1.62)); // 6926
    expect(resizeForModel('gpt-5-mini', 1800, 2400, 'original')).toEqual({ width: 1800, height: 2400 });
  });
  it('a 12-MP photo at original shrinks to the 10,000-patch budget', () => {
    expect(patchCount(4000, 3000, 10_000)).toBeLessThanOrEqual(10_000);
    expect(patchCount(4000, 3000, 10_000)).toBe(9890);
    expect(imageInputTokens('gpt-5-nano', 4000, 3000, 'original')).toBe(Math.ceil(9890 * 2.46));
  });
  it("models without 'original' count it as high", () => {
    expect(imageInputTokens('gpt-4.1-mini', 1800, 2400, 'original')).toBe(imageInputTokens('gpt-4.1-mini', 1800, 2400, 'high'));
    expect(imageInputTokens('gpt-4o', 2048, 4096, 'original')).toBe(1105);
  });
  it('offers original only where the model has it', () => {
    expect(detailLevels('gpt-5-mini')).toEqual(['low', 'high', 'auto', 'original']);
    expect(detailLevels('gpt-4o')).toEqual(['low', 'high', 'auto']);
    expect(detailLevels('whisper-1')).toEqual([]);
  });
  it('every vision model in the catalog prices the guide’s worked examples (1024² and 2048×4096 high, low)', () => {
    const expected: Record<string, [number, number, number]> = {
      'gpt-5': [70 + 4 * 140, 70 + 6 * 140, 70],
      'gpt-5-mini': [1659, Math.ceil(1452 * 1.62), 1659],
      'gpt-5-nano': [2520, Math.ceil(1452 * 2.46), 2520],
      'gpt-4.1': [765, 1105, 85],
      'gpt-4.1-mini': [1659, Math.ceil(1452 * 1.62), 1659],
      'gpt-4.1-nano': [2520, Math.ceil(1452 * 2.46), 2520],
      'gpt-4o': [765, 1105, 85],
      'gpt-4o-mini': [2833 + 4 * 5667, 2833 + 6 * 5667, 2833],
      o1: [75 + 4 * 150, 75 + 6 * 150, 75],
      o3: [75 + 4 * 150, 75 + 6 * 150, 75],
      'o4-mini': [1762, Math.ceil(1452 * 1.72), 1762],
      'gpt-image-1': [194, 65 + 2 * 129, 194],
      'gpt-image-1-mini': [194, 65 + 2 * 129, 194],
      'gpt-image-1.5': [194, 65 + 2 * 129, 194],
      'gpt-image-2': [194, 65 + 2 * 129, 194],
    };
    const vision = Object.values(CATALOG).filter((m) => m.vision).map((m) => m.id).sort();
    expect(vision).toEqual(Object.keys(expected).sort());
    for (const [model, [square, tall, low]] of Object.entries(expected)) {
      const tallSize: [number, number] = lookupModel(model)!.info.vision!.kind === 'patch' ? [1800, 2400] : [2048, 4096];
      expect(imageInputTokens(model, 1024, 1024, 'high'), `${model} 1024² high`).toBe(square);
      expect(imageInputTokens(model, ...tallSize, 'high'), `${model} tall high`).toBe(tall);
      expect(imageInputTokens(model, 1024, 1024, 'low'), `${model} low`).toBe(low);
    }
  });
});
