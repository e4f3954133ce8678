/**
 * Model tiers for the chat pickers' tags and order: a pure mapping from model ids to "fast & cheap", "balanced" and
 * "most capable", applied to whatever the configured providers list. Ids it does not know (local
 * models, new releases) go under "Other" rather than being guessed into a tier.
 */

export type Tier = 'fast' | 'balanced' | 'capable' | 'other';

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

/** Rank inside a tier: the order of TIER_MODELS (newest family first), then alphabetical. */
function rank(model: string): number {
  const tier = tierOf(model);
  return tier === 'other' ? Number.MAX_SAFE_INTEGER : TIER_MODELS[tier].indexOf(baseId(model));
}

/** Sort order for a provider's models: fast, balanced, capable, then others; by rank and name inside. */
export const compareByTier = (a: string, b: string) => ORDER.indexOf(tierOf(a)) - ORDER.indexOf(tierOf(b)) || rank(a) - rank(b) || a.localeCompare(b);

/** The <select> value for a model choice, and back. Provider ids are UUIDs or 'env', so '|' is safe. */
export const optionValue = (o: { providerId: string; model: string }) => `${o.providerId}|${o.model}`;

export function parseOptionValue(value: string): { providerId: string; model: string } | null {
  const i = value.indexOf('|');
  return i > 0 ? { providerId: value.slice(0, i), model: value.slice(i + 1) } : null;
}
