import { describe, expect, it } from 'vitest';
import { CATALOG, imageInputTokens } from '../../shared/pricing';
import { imageTokens } from './chat/tokens';

/** The simulator bills images the way the app estimates them: both follow the published formulas. */
describe('simulator vision tokens agree with shared/pricing', () => {
  const sizes: [number, number][] = [
    [1024, 1024], [2048, 4096], [1800, 2400], [4000, 3000], [3000, 4000], [512, 513], [2049, 513], [2050, 513],
    [100, 100], [5000, 700], [1025, 1024], [3001, 1999], [10, 10_000], [12_000, 9_000], [768, 768], [1536, 2048],
  ];
  const models = Object.values(CATALOG).filter((m) => m.vision).map((m) => m.id);
  for (const model of models) {
    it(model, () => {
      for (const [w, h] of sizes) {
        for (const detail of ['low', 'high', 'auto', 'original'] as const) {
          expect(imageTokens(model, w, h, detail), `${model} ${w}×${h} ${detail}`).toBe(imageInputTokens(model, w, h, detail));
        }
      }
    });
  }
});
