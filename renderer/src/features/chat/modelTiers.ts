/**
 * Model tiers for the chat pickers: a pure mapping from model ids to "fast & cheap", "balanced" and
 * "most capable", applied to whatever the configured providers list. Ids it does not know (local
 * models, new releases) go under "Other" rather than being guessed into a tier.
 */
import { modelFitsModality } from '../../../../shared/policy';

export type Tier = 'fast' | 'balanced' | 'capable' | 'other';

export const TIER_LABELS: Record<Tier, string> = {
  fast: 'Fast & cheap',
  balanced: 'Balanced',
  capable: 'Most capable',
  other: 'Other',
};

const TIER_MODELS: Record<Exclude<Tier, 'other'>, readonly string[]> = {
  fast: ['gpt-5-nano', 'gpt-4.1-nano', 'gpt-4o-mini'],
  balanced: ['gpt-5-mini', 'gpt-4.1-mini', 'gpt-4o'],
  capable: ['gpt-5', 'gpt-4.1', 'o3'],
};

const ORDER: Tier[] = ['fast', 'balanced', 'capable', 'other'];

/** Dated snapshots (gpt-4o-2024-08-06) belong to the tier of the model they snapshot. */
const baseId = (model: string) => model.toLowerCase().replace(/-\d{4}-\d{2}-\d{2}$/, '');

export function tierOf(model: string): Tier {
  const id = baseId(model);
  for (const tier of ['fast', 'balanced', 'capable'] as const) if (TIER_MODELS[tier].includes(id)) return tier;
  return 'other';
}

export interface ModelOption {
  providerId: string;
  providerName: string;
  model: string;
}

export interface TierGroup {
  tier: Tier;
  label: string;
  options: ModelOption[];
}

/** Rank inside a tier: the order of TIER_MODELS (newest family first), then alphabetical. */
function rank(model: string): number {
  const tier = tierOf(model);
  return tier === 'other' ? Number.MAX_SAFE_INTEGER : TIER_MODELS[tier].indexOf(baseId(model));
}

/** Chat-capable models of every provider, grouped by tier; empty tiers are left out. */
export function groupByTier(providers: readonly { id: string; name: string; models: readonly string[] }[]): TierGroup[] {
  const groups = new Map<Tier, ModelOption[]>(ORDER.map((t) => [t, []]));
  for (const p of providers) {
    for (const model of p.models) {
      if (!modelFitsModality(model, 'text')) continue;
      groups.get(tierOf(model))!.push({ providerId: p.id, providerName: p.name, model });
    }
  }
  return ORDER.map((tier) => ({
    tier,
    label: TIER_LABELS[tier],
    options: groups.get(tier)!.sort((a, b) => rank(a.model) - rank(b.model) || a.model.localeCompare(b.model) || a.providerName.localeCompare(b.providerName)),
  })).filter((g) => g.options.length > 0);
}

/** The <select> value for a model choice, and back. Provider ids are UUIDs or 'env', so '|' is safe. */
export const optionValue = (o: { providerId: string; model: string }) => `${o.providerId}|${o.model}`;

export function parseOptionValue(value: string): { providerId: string; model: string } | null {
  const i = value.indexOf('|');
  return i > 0 ? { providerId: value.slice(0, i), model: value.slice(i + 1) } : null;
}
