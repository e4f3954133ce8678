/** The per-scene override form: policy fields (empty = inherit), cache and content filter. */
import type { ContentFilterConfig, SceneConfig } from '../../../../shared/contract';
import type { Policy } from '../../../../shared/policy';
import { fromDraft, toDraft, type DraftErrors, type PolicyDraft } from './policy-draft';

export interface SceneDraft {
  policy: PolicyDraft;
  cache: 'default' | 'on' | 'off';
  ttlHours: string;
  filterMode: 'default' | 'own';
  filter: ContentFilterConfig;
}

export interface SceneErrors {
  policy?: DraftErrors;
  ttlHours?: string;
}

const HOUR_MS = 3_600_000;

export function toSceneDraft(c: SceneConfig | undefined, defaults: { ttlMs: number; filter: ContentFilterConfig }): SceneDraft {
  return {
    policy: toDraft(c?.policy ?? {}),
    cache: !c?.cache ? 'default' : c.cache.enabled ? 'on' : 'off',
    ttlHours: String(Math.round(((c?.cache?.ttlMs ?? defaults.ttlMs) / HOUR_MS) * 100) / 100),
    filterMode: c?.filter ? 'own' : 'default',
    filter: c?.filter ?? defaults.filter,
  };
}

/** The stored form of a draft (undefined when it overrides nothing), or the errors to show. */
export function fromSceneDraft(d: SceneDraft): { ok: true; value: SceneConfig | undefined } | { ok: false; errors: SceneErrors } {
  const errors: SceneErrors = {};
  const policy = fromDraft(d.policy, true);
  if (!policy.ok) errors.policy = policy.errors;
  const hours = Number(d.ttlHours);
  if (d.cache === 'on' && !(Number.isFinite(hours) && hours > 0)) errors.ttlHours = 'Keep answers for more than 0 hours, or turn the cache off for this scene.';
  if (Object.keys(errors).length > 0 || !policy.ok) return { ok: false, errors };
  const value: SceneConfig = {};
  if (Object.keys(policy.value).length > 0) value.policy = policy.value;
  if (d.cache === 'off') value.cache = { enabled: false, ttlMs: 0 };
  if (d.cache === 'on') value.cache = { enabled: true, ttlMs: Math.round(hours * HOUR_MS) };
  if (d.filterMode === 'own') value.filter = d.filter;
  return { ok: true, value: Object.keys(value).length > 0 ? value : undefined };
}

const s = (ms: number) => `${Math.round(ms) / 1000} s`;

/** Short words for a scene's overrides, e.g. ["Timeout 45 s", "1 retry", "Cache off"]. */
export function describeScene(c: SceneConfig | undefined): string[] {
  if (!c) return [];
  const p: Partial<Policy> = c.policy ?? {};
  const out: string[] = [];
  if (p.timeoutMs !== undefined) out.push(`Timeout ${s(p.timeoutMs)}`);
  if (p.retries !== undefined) out.push(p.retries === 1 ? '1 retry' : `${p.retries} retries`);
  if (p.fallbackModel !== undefined) out.push(p.fallbackModel === null ? 'No fallback' : p.fallbackModel === 'auto' ? 'Cheaper fallback' : `Fallback ${p.fallbackModel}`);
  if (p.backoffBaseMs !== undefined || p.backoffMaxMs !== undefined) out.push('Own backoff');
  if (p.rateLimitWaitMs !== undefined) out.push(`Rate-limit wait ${s(p.rateLimitWaitMs)}`);
  if (c.cache) out.push(c.cache.enabled ? `Cache ${Math.round((c.cache.ttlMs / HOUR_MS) * 10) / 10} h` : 'Cache off');
  if (c.filter) {
    const parts = [c.filter.moderation ? 'moderation' : null, c.filter.blockRules.length > 0 ? `${c.filter.blockRules.length} rule${c.filter.blockRules.length === 1 ? '' : 's'}` : null].filter(Boolean);
    out.push(parts.length > 0 ? `Filter: ${parts.join(' + ')}` : 'Filter off');
  }
  return out;
}
