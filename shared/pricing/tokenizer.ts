/**
 * Which tiktoken encoding a model counts with: o200k_base for current models (gpt-4o, gpt-4.1, gpt-4.5,
 * gpt-5, o-series, gpt-image, omni-moderation, and any model we do not know), cl100k_base for the older
 * gpt-4 / gpt-3.5 / text-embedding models. A custom id that is `basedOn` a catalog model counts like it.
 */
import { lookupModel, normalizeModelId } from './lookup';
import type { PriceOverrides } from './types';

export type TokenizerName = 'o200k_base' | 'cl100k_base';

const CL100K = /^(gpt-4(?![o.])|gpt-3\.5|text-embedding-(3|ada)|text-moderation)/;

const encodingOf = (id: string): TokenizerName => (CL100K.test(normalizeModelId(id)) ? 'cl100k_base' : 'o200k_base');

/** Answers per resolved model (lookupModel keeps one object per model and price overrides): asked on every estimate. */
const byResolved = new WeakMap<object, TokenizerName>();

export function tokenizerFor(model: string, overrides?: PriceOverrides): TokenizerName {
  const resolved = lookupModel(model, overrides);
  if (!resolved) return encodingOf(model);
  let name = byResolved.get(resolved);
  if (name === undefined) byResolved.set(resolved, (name = encodingOf(resolved.info.id)));
  return name;
}
