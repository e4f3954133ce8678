import type { ContentFilterConfig, PipelineConfig } from '../../../shared/contract';
import { DEFAULT_POLICIES, MODALITIES, type Modality, type Policy } from '../../../shared/policy';
import type { SettingsRepo } from '../db/repos/settings';
import type { CachePolicy } from './types';
import { memoPerVersion } from './memo';

const KEY = 'pipeline';
const DAY_MS = 86_400_000;

type Stored = Partial<Omit<PipelineConfig, 'policies'>>;

export const DEFAULT_PIPELINE: Omit<PipelineConfig, 'policies'> = {
  policyOverrides: {},
  scenes: {},
  cache: { enabled: true, maxBytes: 256 * 1024 * 1024, defaultTtlMs: 7 * DAY_MS },
  budgets: [],
  currency: { code: 'USD', symbol: '$', rate: 1 },
  priceOverrides: {},
  logPrompts: false,
  limits: {},
  defaultFilter: { moderation: false, blockRules: [] },
};

const strip = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The pipeline's configuration, held in memory (it is read on every request) and written through
 * to the settings table on change.
 */
export function createPipelineSettings(repo: SettingsRepo, onCacheWrite: () => void = () => {}) {
  let config = build(repo.get<Stored>(KEY) ?? {});
  /** A modality and scene's policy, merged once per configuration (asked on every request). */
  const merged = memoPerVersion<Policy>();

  function build(stored: Stored): PipelineConfig {
    const merged = { ...DEFAULT_PIPELINE, ...stored };
    const policies = Object.fromEntries(
      MODALITIES.map((m) => [m, { ...DEFAULT_POLICIES[m], ...strip(merged.policyOverrides[m] ?? {}) }]),
    ) as Record<Modality, Policy>;
    return { ...merged, policies };
  }

  return {
    config: () => config,
    update(patch: Stored): PipelineConfig {
      const { policies: _derived, ...current } = config;
      const next = { ...current, ...strip(patch) };
      repo.putMany({ [KEY]: next });
      config = build(next);
      return config;
    },
    policyFor(modality: Modality, scene: string, request?: Partial<Policy>): Policy {
      const policy = merged([config], `${modality}\u0000${scene}`, () => Object.freeze({ ...config.policies[modality], ...strip(config.scenes[scene]?.policy ?? {}) }));
      return request ? { ...policy, ...strip(request) } : policy;
    },
    cacheFor(scene: string): CachePolicy {
      if (!config.cache.enabled) return { enabled: false, ttlMs: 0 };
      return config.scenes[scene]?.cache ?? { enabled: true, ttlMs: config.cache.defaultTtlMs };
    },
    filterFor(scene: string): ContentFilterConfig {
      return config.scenes[scene]?.filter ?? config.defaultFilter;
    },
    /** Called after a cache write so the cache can be trimmed to its size cap now and then. */
    noteCacheWrite: onCacheWrite,
  };
}
export type PipelineSettings = ReturnType<typeof createPipelineSettings>;
