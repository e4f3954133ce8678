/**
 * Image input tokens (docs/api-facts.md, OpenAI's vision guide) and the pixel size worth uploading.
 * Two formulas: tile models (gpt-4o, gpt-4.1, gpt-5, o1/o3, gpt-image-1 inputs) and patch models
 * (gpt-5-mini/nano, gpt-4.1-mini/nano, o4-mini).
 */
import { lookupModel } from './lookup';
import type { PriceOverrides, Size, VisionDetail, VisionSpec } from './types';

const TILE_PX = 512;
const PATCH_PX = 32;
/** Low detail hands the model a 512-px thumbnail; anything larger is wasted upload. */
const LOW_DETAIL_PX = 512;
/** Absorbs float error in ratios that are integers on paper (e.g. 1056/32 computed as 33.0000000001). */
const EPS = 1e-9;

/**
 * The formula used for token estimates when a model is not in the catalog: gpt-4o's tiles. Only for
 * rate limiting and pre-flight; prices for such models stay unknown.
 */
export const FALLBACK_VISION: VisionSpec = { kind: 'tile', base: 85, perTile: 170, shortSide: 768, maxSide: 2048 };

function assertSize(width: number, height: number): void {
  if (!(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0)) {
    throw new RangeError(`invalid image size ${width}×${height}`);
  }
}

/**
 * Rounds half to even, like the Python backend appears to: a 1024×1025 input to gpt-image-1 bills
 * one tile (512.5 → 512) and a 2049×513 input to gpt-4.1 bills eight (512.75 → 513).
 */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  if (Math.abs(x - floor - 0.5) < EPS) return floor % 2 === 0 ? floor : floor + 1;
  return Math.round(x);
}

const ceilEps = (x: number): number => Math.ceil(x - EPS);

/** Scales so the side `from` becomes `to`, keeping aspect; never below 1 px. */
function scale(size: Size, from: number, to: number): Size {
  return {
    width: Math.max(1, roundHalfEven((size.width * to) / from)),
    height: Math.max(1, roundHalfEven((size.height * to) / from)),
  };
}

/** Tile models, high detail: fit in maxSide² (never upscale), then shrink the short side to shortSide if longer. */
export function tileResize(width: number, height: number, spec: { shortSide: number; maxSide: number }): Size {
  assertSize(width, height);
  let size: Size = { width, height };
  const long = Math.max(size.width, size.height);
  if (long > spec.maxSide) size = scale(size, long, spec.maxSide);
  const short = Math.min(size.width, size.height);
  if (short > spec.shortSide) size = scale(size, short, spec.shortSide);
  return size;
}

/**
 * Patch models: the size the API shrinks to when ceil(w/32)·ceil(h/32) exceeds `budget`, per the
 * vision guide: r = √(32²·budget/(w·h)), then r is trimmed so both sides end on whole patches.
 * Returned sides may be fractional (the guide's numbers); under budget the size is unchanged.
 */
export function patchResize(width: number, height: number, budget: number): Size {
  assertSize(width, height);
  if (ceilEps(width / PATCH_PX) * ceilEps(height / PATCH_PX) <= budget) return { width, height };
  let r = Math.sqrt((PATCH_PX * PATCH_PX * budget) / (width * height));
  const w = (width * r) / PATCH_PX;
  const h = (height * r) / PATCH_PX;
  r *= Math.min(Math.max(1, Math.floor(w + EPS)) / w, Math.max(1, Math.floor(h + EPS)) / h);
  return { width: width * r, height: height * r };
}

/** Patches covering an image after the budget shrink, capped at the budget (before the multiplier). */
export function patchCount(width: number, height: number, budget: number): number {
  const size = patchResize(width, height, budget);
  return Math.min(budget, ceilEps(size.width / PATCH_PX) * ceilEps(size.height / PATCH_PX));
}

/** The patch budget a detail level gets: 'original' takes the larger budget where the model offers it. */
const patchBudget = (spec: Extract<VisionSpec, { kind: 'patch' }>, detail: VisionDetail): number =>
  detail === 'original' && spec.originalBudget ? spec.originalBudget : spec.budget;

/**
 * Image input tokens under one formula. 'auto' detail is counted as 'high' (upper bound); 'original'
 * is 'high' on models that do not offer it.
 */
export function visionTokens(spec: VisionSpec, width: number, height: number, detail: VisionDetail): number {
  assertSize(width, height);
  if (spec.kind === 'patch') return Math.ceil(patchCount(width, height, patchBudget(spec, detail)) * spec.multiplier - EPS);
  if (detail === 'low' && !spec.detailIgnored) return spec.base;
  const size = tileResize(width, height, spec);
  return spec.base + ceilEps(size.width / TILE_PX) * ceilEps(size.height / TILE_PX) * spec.perTile;
}

/**
 * Image input tokens for one image sent to `model` (e.g. 1024×1024 high on gpt-4o = 765).
 * Undefined when the model is unknown or takes no images; callers may use FALLBACK_VISION.
 */
export function imageInputTokens(
  model: string,
  width: number,
  height: number,
  detail: VisionDetail,
  overrides?: PriceOverrides,
): number | undefined {
  const spec = lookupModel(model, overrides)?.info.vision;
  return spec ? visionTokens(spec, width, height, detail) : undefined;
}

/**
 * The pixel size worth uploading: what the API would downscale to anyway, so resizing first saves
 * bandwidth without changing what the model sees or what it costs. Never upscales. Unknown models
 * and models without vision get the original size back.
 */
export function resizeForModel(model: string, width: number, height: number, detail: VisionDetail, overrides?: PriceOverrides): Size {
  assertSize(width, height);
  const spec = lookupModel(model, overrides)?.info.vision;
  if (!spec) return { width, height };
  return resizeForSpec(spec, width, height, detail);
}

/** resizeForModel for a known formula. */
export function resizeForSpec(spec: VisionSpec, width: number, height: number, detail: VisionDetail): Size {
  assertSize(width, height);
  if (spec.kind === 'patch') {
    const size = patchResize(width, height, patchBudget(spec, detail));
    // Flooring never adds a patch; a whole-patch side (1056.0000001) stays whole.
    return { width: Math.max(1, Math.floor(size.width + 1e-6)), height: Math.max(1, Math.floor(size.height + 1e-6)) };
  }
  if (detail === 'low' && !spec.detailIgnored) {
    const long = Math.max(width, height);
    return long > LOW_DETAIL_PX ? scale({ width, height }, long, LOW_DETAIL_PX) : { width, height };
  }
  return tileResize(width, height, spec);
}

/**
 * The detail levels worth offering for a model: low / high / auto everywhere (low is the same as high
 * on patch models and gpt-image inputs, but still valid), plus 'original' where the model has it.
 */
export function detailLevels(model: string, overrides?: PriceOverrides): VisionDetail[] {
  const spec = lookupModel(model, overrides)?.info.vision;
  if (!spec) return [];
  return spec.kind === 'patch' && spec.originalBudget ? ['low', 'high', 'auto', 'original'] : ['low', 'high', 'auto'];
}
