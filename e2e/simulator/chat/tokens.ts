/**
 * Token arithmetic, with the real tokenizers (tiktoken's o200k_base for current models, cl100k_base for
 * gpt-4 / gpt-3.5), as the service counts: a stream sends one token per chunk, so completion_tokens equals
 * the number of pieces streamed; prompt tokens add 3 per message (OpenAI's cookbook) and the published
 * vision formulas (docs/api-facts.md).
 */
import cl100k from 'gpt-tokenizer/encoding/cl100k_base';
import o200k from 'gpt-tokenizer/encoding/o200k_base';

const AS_TEXT = { disallowedSpecial: new Set<string>() };
const encodingFor = (model?: string) => (model && /^(gpt-4(?![o.])|gpt-3\.5)/.test(model) ? cl100k : o200k);

/**
 * Splits text into emitted tokens; joining them gives back the text. A token that ends inside a
 * multi-byte character (rare CJK, emoji) is sent together with the next one, as its bytes cannot stand alone.
 */
export function splitTokens(text: string, model?: string): string[] {
  const enc = encodingFor(model);
  const out: string[] = [];
  let pending: number[] = [];
  for (const token of enc.encode(text, AS_TEXT)) {
    pending.push(token);
    const piece = enc.decode(pending);
    if (piece.endsWith('\uFFFD')) continue;
    out.push(piece);
    pending = [];
  }
  if (pending.length) out.push(enc.decode(pending));
  return out;
}

/** Builds both encoders' tables now (~0.5 s), so the first request is not slower than the rest. */
export function warmTokenizers(): void {
  for (const enc of [o200k, cl100k]) enc.decode(enc.encode('warm up 预热', AS_TEXT));
}

export function estimateTextTokens(text: string, model?: string): number {
  return text ? encodingFor(model).countTokens(text, AS_TEXT) : 0;
}

export type ImageDetail = 'low' | 'high' | 'auto' | 'original';

/**
 * The published vision formulas, written out independently of the app's shared/pricing (a unit test
 * checks both agree), with the API's observed rounding: scaled sides round half to even, and
 * products that are whole on paper are not pushed up by float noise.
 */
interface TileRule {
  base: number;
  tile: number;
  shortSide: number;
  /** gpt-image inputs have no detail knob: always the high path. */
  noDetail?: boolean;
}
const TILE_RULES: Array<[RegExp, TileRule]> = [
  [/^(gpt-image-|chatgpt-image)/, { base: 65, tile: 129, shortSide: 512, noDetail: true }],
  [/^gpt-4o-mini/, { base: 2833, tile: 5667, shortSide: 768 }],
  [/^gpt-5(?!-mini|-nano)/, { base: 70, tile: 140, shortSide: 768 }],
  [/^(o1|o3)(?!-mini)/, { base: 75, tile: 150, shortSide: 768 }],
  [/^(gpt-4o|gpt-4\.1|gpt-4\.5)/, { base: 85, tile: 170, shortSide: 768 }],
];
/** Multiplier and, for models that take detail 'original', its patch budget. */
const PATCH_RULES: Array<[RegExp, { multiplier: number; original?: number }]> = [
  [/^gpt-5-mini/, { multiplier: 1.62, original: 10_000 }],
  [/^gpt-5-nano/, { multiplier: 2.46, original: 10_000 }],
  [/^gpt-4\.1-mini/, { multiplier: 1.62 }],
  [/^gpt-4\.1-nano/, { multiplier: 2.46 }],
  [/^o4-mini/, { multiplier: 1.72 }],
];
const PATCH_BUDGET = 1536;
const EPS = 1e-9;
const ceil = (x: number) => Math.ceil(x - EPS);

function halfEven(x: number): number {
  const f = Math.floor(x);
  if (Math.abs(x - f - 0.5) < EPS) return f % 2 === 0 ? f : f + 1;
  return Math.round(x);
}

function tileTokens(rule: TileRule, width: number, height: number, detail: ImageDetail): number {
  if (detail === 'low' && !rule.noDetail) return rule.base;
  let w = width;
  let h = height;
  const long = Math.max(w, h);
  if (long > 2048) [w, h] = [Math.max(1, halfEven((w * 2048) / long)), Math.max(1, halfEven((h * 2048) / long))];
  const short = Math.min(w, h);
  if (short > rule.shortSide) [w, h] = [Math.max(1, halfEven((w * rule.shortSide) / short)), Math.max(1, halfEven((h * rule.shortSide) / short))];
  return rule.base + rule.tile * ceil(w / 512) * ceil(h / 512);
}

function patchTokens(multiplier: number, budget: number, width: number, height: number): number {
  let patches = ceil(width / 32) * ceil(height / 32);
  if (patches > budget) {
    const r = Math.sqrt((32 * 32 * budget) / (width * height));
    const rw = (width * r) / 32;
    const rh = (height * r) / 32;
    const adjust = Math.min(Math.max(1, Math.floor(rw + EPS)) / rw, Math.max(1, Math.floor(rh + EPS)) / rh);
    patches = Math.min(budget, ceil(rw * adjust) * ceil(rh * adjust));
  }
  return ceil(patches * multiplier);
}

/** Input tokens for one image; unknown sizes (remote URLs) count as 1024×1024. */
export function imageTokens(model: string, width = 1024, height = 1024, detail: ImageDetail = 'auto'): number {
  const m = model.toLowerCase();
  const patch = PATCH_RULES.find(([re]) => re.test(m))?.[1];
  if (patch) return patchTokens(patch.multiplier, detail === 'original' && patch.original ? patch.original : PATCH_BUDGET, width, height);
  const tile = TILE_RULES.find(([re]) => re.test(m))?.[1] ?? { base: 85, tile: 170, shortSide: 768 };
  return tileTokens(tile, width, height, detail);
}
