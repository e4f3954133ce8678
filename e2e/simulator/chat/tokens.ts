/**
 * Token arithmetic, with the real tokenizers (tiktoken's o200k_base for current models, cl100k_base for
 * gpt-4 / gpt-3.5), as the service counts: a stream sends one token per chunk, so completion_tokens equals
 * the number of pieces streamed; prompt tokens add 3 per message (OpenAI's cookbook) and the published
 * vision formulas (DESIGN.md §4).
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
