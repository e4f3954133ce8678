/** Price overrides: which fields a model has, their labels, and the form's draft ↔ stored form. */
import type { ModelPrices, PriceOverride } from '../../../../shared/pricing';
import { CATALOG } from '../../../../shared/pricing';
import { i18n } from '../../i18n';

export type PriceKey = keyof ModelPrices;

/** A price field's name in the interface language. */
export const priceLabel = (key: PriceKey): string => i18n.t(`settings:prices.labels.${key}`);
/** Every price field, for checking whether a core error names one. */
export const PRICE_KEYS: ReadonlySet<string> = new Set<PriceKey>(['input', 'cachedInput', 'output', 'imageInput', 'cachedImageInput', 'audioInput', 'cachedAudioInput', 'audioOutput', 'perMinute']);

const ORDER: readonly PriceKey[] = ['input', 'cachedInput', 'output', 'imageInput', 'cachedImageInput', 'audioInput', 'cachedAudioInput', 'audioOutput', 'perMinute'];
const CUSTOM_KEYS: readonly PriceKey[] = ['input', 'cachedInput', 'output', 'perMinute'];

/** The price fields worth editing for a model: those its catalog entry (or the one it is based on) has. */
export function priceKeysFor(catalogId: string | undefined): PriceKey[] {
  const prices = catalogId ? CATALOG[catalogId]?.prices : undefined;
  return prices ? ORDER.filter((k) => prices[k] !== undefined) : [...CUSTOM_KEYS];
}

export type PriceDraft = Partial<Record<PriceKey, string>>;

export function toPriceDraft(o: PriceOverride | undefined): PriceDraft {
  return Object.fromEntries(ORDER.filter((k) => o?.[k] !== undefined).map((k) => [k, String(o![k])]));
}

/** Filled fields become the override; empty ones fall back to the catalog. */
export function fromPriceDraft(d: PriceDraft, keys: readonly PriceKey[], basedOn: string | null): { ok: true; value: PriceOverride } | { ok: false; errors: PriceDraft } {
  const value: PriceOverride = {};
  const errors: PriceDraft = {};
  for (const k of keys) {
    const raw = d[k]?.trim() ?? '';
    if (raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 100_000) errors[k] = 'Enter a price between 0 and 100,000.';
    else value[k] = n;
  }
  if (basedOn) value.basedOn = basedOn;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** "$1.25", "$0.006", or "—" when the model has no such price. */
export function formatPrice(v: number | undefined): string {
  if (v === undefined) return '—';
  return `$${v < 0.01 && v > 0 ? String(v) : v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 })}`;
}
