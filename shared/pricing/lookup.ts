/**
 * Model lookup: snapshot ids resolve to their catalog entry and the user's price overrides are
 * merged over it. Matching is deliberately strict: only a date / 4-digit / 'latest' suffix counts as
 * the same model, because 'o1-pro' costs 10× 'o1' and 'gpt-4o-realtime-preview' 2× 'gpt-4o' — an
 * unfamiliar variant must read "price unknown", never borrow a cheaper sibling's price.
 */
import { CATALOG } from './catalog';
import type { ModelInfo, ModelPrices, PriceOverride, PriceOverrides, PriceUnknown } from './types';

/** Suffixes that name a snapshot of the same model at the same price. */
const SNAPSHOT_SUFFIX = /^(?:\d{4}-\d{2}-\d{2}|\d{4}|latest)$/;

const PRICE_KEYS: readonly (keyof ModelPrices)[] = [
  'input', 'cachedInput', 'output', 'imageInput', 'cachedImageInput', 'audioInput', 'cachedAudioInput', 'audioOutput', 'perMinute',
];

/** A model as the pricing functions see it: the catalog entry (if any) with overrides merged in. */
export interface ResolvedModel {
  /** The id asked for, normalized (trimmed, lower-case, without an 'openai/' prefix). */
  id: string;
  /** Merged entry; `info.id` is the catalog id, or the requested id for a custom (override-only) model. */
  info: ModelInfo;
  /** True when at least one override applied. */
  overridden: boolean;
}

/** Trims, lower-cases and drops an 'openai/' router prefix from a model id. */
export function normalizeModelId(model: string): string {
  const id = model.trim().toLowerCase();
  return id.startsWith('openai/') ? id.slice('openai/'.length) : id;
}

/** Whether `id` is `base` itself or `base` plus a snapshot suffix ('-2024-08-06', '-0613', '-latest'). */
export function matchesBase(id: string, base: string): boolean {
  if (id === base) return true;
  return id.startsWith(`${base}-`) && SNAPSHOT_SUFFIX.test(id.slice(base.length + 1));
}

/** [base name, catalog id] for every id and alias, longest first so the most specific base wins. */
const BASES: readonly (readonly [string, string])[] = Object.values(CATALOG)
  .flatMap((m) => [m.id, ...(m.aliases ?? [])].map((base) => [base, m.id] as const))
  .sort((a, b) => b[0].length - a[0].length);

/** Answers of catalogIdFor: the catalog is fixed, and pricing asks about the same few models on every request. */
const resolvedIds = new Map<string, string | undefined>();

/** The catalog id a model id resolves to (longest matching base wins), or undefined when unknown. */
export function catalogIdFor(model: string): string | undefined {
  if (resolvedIds.has(model)) return resolvedIds.get(model);
  const id = normalizeModelId(model);
  const found = BASES.find(([base]) => matchesBase(id, base))?.[1];
  if (resolvedIds.size >= 1000) resolvedIds.clear();
  resolvedIds.set(model, found);
  return found;
}

/** Keeps only finite, non-negative price fields (a malformed setting must not zero a price). */
function cleanPrices(override: PriceOverride): ModelPrices {
  const out: ModelPrices = {};
  for (const key of PRICE_KEYS) {
    const v = override[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[key] = v;
  }
  return out;
}

/** Override entries whose key matches any of `ids`, least specific (shortest key) first. */
function overrideLayers(ids: readonly string[], overrides: PriceOverrides | undefined): [string, PriceOverride][] {
  if (!overrides) return [];
  const entries = Object.entries(overrides);
  if (entries.length === 0) return [];
  return entries
    .filter(([key]) => ids.some((id) => matchesBase(id, normalizeModelId(key))))
    .sort((a, b) => a[0].length - b[0].length);
}

/**
 * Resolves a model id against the catalog and the user's overrides. Returns undefined when neither
 * knows it; callers must then show "price unknown" rather than $0.
 */
export function lookupModel(model: string, overrides?: PriceOverrides): ResolvedModel | undefined {
  // Pricing asks about the same few models on every request (estimate, then cost): answers are kept per
  // overrides object. Settings replace that object on change, never edit it, so a change starts afresh.
  const memo = overrides ? (resolvedWith.get(overrides) ?? resolvedWith.set(overrides, new Map()).get(overrides)!) : resolvedPlain;
  if (memo.has(model)) return memo.get(model);
  const resolved = resolve(model, overrides);
  if (memo.size >= 1000) memo.clear();
  memo.set(model, resolved && Object.freeze({ ...resolved, info: Object.freeze(resolved.info) }));
  return memo.get(model);
}

const resolvedPlain = new Map<string, ResolvedModel | undefined>();
const resolvedWith = new WeakMap<PriceOverrides, Map<string, ResolvedModel | undefined>>();

function resolve(model: string, overrides?: PriceOverrides): ResolvedModel | undefined {
  const id = normalizeModelId(model);
  const own = overrideLayers([id], overrides);
  const basedOn = own.map(([, o]) => o.basedOn).filter((b): b is string => typeof b === 'string').pop();
  const catalogId = catalogIdFor(basedOn ?? id);
  const base = catalogId === undefined ? undefined : CATALOG[catalogId];
  if (!base && own.length === 0) return undefined;
  // Overrides on the catalog id apply to its snapshots too; the requested id's own ones are more specific.
  const ownKeys = new Set(own.map(([key]) => key));
  const layers = base ? [...overrideLayers([base.id], overrides).filter(([key]) => !ownKeys.has(key)), ...own] : own;
  const prices = layers.reduce<ModelPrices>((acc, [, o]) => ({ ...acc, ...cleanPrices(o) }), { ...(base?.prices ?? {}) });
  const info: ModelInfo = base ? { ...base, prices } : { id, family: 'custom', kind: 'text', prices };
  return { id, info, overridden: layers.length > 0 };
}

/** Builds the "price unknown" marker. */
export function priceUnknown(model: string, reason: PriceUnknown['reason'], missing?: string): PriceUnknown {
  return missing === undefined ? { known: false, model, reason } : { known: false, model, reason, missing };
}

/** Type guard: true when a pricing result is the "price unknown" marker. */
export function isPriceUnknown(value: unknown): value is PriceUnknown {
  return typeof value === 'object' && value !== null && (value as { known?: unknown }).known === false;
}
