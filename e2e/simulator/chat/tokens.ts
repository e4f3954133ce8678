/**
 * Token arithmetic. The simulator's "tokens" are pieces of at most 8 non-space characters with their
 * leading whitespace, so completion_tokens always equals the number of pieces streamed. Input estimates
 * follow OpenAI's rules of thumb: ~4 characters per token, 3 tokens of overhead per message, and the
 * published vision formulas (DESIGN.md §4).
 */

/** Splits text into emitted tokens; joining them gives back the text (minus trailing whitespace). */
export function splitTokens(text: string): string[] {
  return text.match(/\s*\S{1,8}/g) ?? [];
}

export function estimateTextTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export type ImageDetail = 'low' | 'high' | 'auto';

interface TileRule {
  base: number;
  tile: number;
}
const TILE_RULES: Array<[RegExp, TileRule]> = [
  [/^gpt-4o-mini/, { base: 2833, tile: 5667 }],
  [/^gpt-5(?!-mini|-nano)/, { base: 70, tile: 140 }],
  [/^(o1|o3)(?!-mini)/, { base: 75, tile: 150 }],
  [/^(gpt-4o|gpt-4\.1|gpt-4\.5)/, { base: 85, tile: 170 }],
];
const PATCH_MULTIPLIERS: Array<[RegExp, number]> = [
  [/^gpt-5-mini/, 1.62],
  [/^gpt-5-nano/, 2.46],
  [/^gpt-4\.1-mini/, 1.62],
  [/^gpt-4\.1-nano/, 2.46],
  [/^o4-mini/, 1.72],
];
const PATCH_BUDGET = 1536;

function tileTokens(rule: TileRule, width: number, height: number, detail: ImageDetail): number {
  if (detail === 'low') return rule.base;
  let w = width;
  let h = height;
  const fit = Math.min(1, 2048 / Math.max(w, h));
  w *= fit;
  h *= fit;
  const shrink = Math.min(1, 768 / Math.min(w, h));
  w *= shrink;
  h *= shrink;
  return rule.base + rule.tile * Math.ceil(w / 512) * Math.ceil(h / 512);
}

function patchTokens(multiplier: number, width: number, height: number): number {
  let patches = Math.ceil(width / 32) * Math.ceil(height / 32);
  if (patches > PATCH_BUDGET) {
    const r = Math.sqrt((32 * 32 * PATCH_BUDGET) / (width * height));
    const rw = (width * r) / 32;
    const rh = (height * r) / 32;
    const adjust = Math.min(Math.floor(rw) / rw, Math.floor(rh) / rh);
    patches = Math.min(PATCH_BUDGET, Math.ceil(rw * adjust) * Math.ceil(rh * adjust));
  }
  return Math.ceil(patches * multiplier);
}

/** Input tokens for one image; unknown sizes (remote URLs) count as 1024×1024. */
export function imageTokens(model: string, width = 1024, height = 1024, detail: ImageDetail = 'auto'): number {
  const m = model.toLowerCase();
  const patch = PATCH_MULTIPLIERS.find(([re]) => re.test(m));
  if (patch) return patchTokens(patch[1], width, height);
  const tile = TILE_RULES.find(([re]) => re.test(m))?.[1] ?? { base: 85, tile: 170 };
  return tileTokens(tile, width, height, detail);
}
