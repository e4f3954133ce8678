/** The per-scene override form: policy fields (empty = inherit), cache and content filter. */
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
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
  if (d.cache === 'on' && !(Number.isFinite(hours) && hours > 0)) errors.ttlHours = i18n.t('settings:sceneOverrides.words.ttlError');
  if (Object.keys(errors).length > 0 || !policy.ok) return { ok: false, errors };
  const value: SceneConfig = {};
  if (Object.keys(policy.value).length > 0) value.policy = policy.value;
  if (d.cache === 'off') value.cache = { enabled: false, ttlMs: 0 };
  if (d.cache === 'on') value.cache = { enabled: true, ttlMs: Math.round(hours * HOUR_MS) };
  if (d.filterMode === 'own') value.filter = d.filter;
  return { ok: true, value: Object.keys(value).length > 0 ? value : undefined };
}

/** 45000 → "45 s" (45 秒). */
const seconds = (ms: number) => i18n.t('common:units.s', { value: formatNumber(Math.round(ms) / 1000) });

/** Short words for a scene's overrides, e.g. ["Timeout 45 s", "1 retry", "Cache off"], in the interface language. */
export function describeScene(c: SceneConfig | undefined): string[] {
  if (!c) return [];
  const t = i18n.getFixedT(null, 'settings', 'sceneOverrides.words');
  const p: Partial<Policy> = c.policy ?? {};
  const out: string[] = [];
  if (p.timeoutMs !== undefined) out.push(t('timeout', { value: seconds(p.timeoutMs) }));
  if (p.retries !== undefined) out.push(t('retries', { count: p.retries }));
  if (p.fallbackModel !== undefined) out.push(p.fallbackModel === null ? t('noFallback') : p.fallbackModel === 'auto' ? t('cheaperFallback') : t('fallback', { model: p.fallbackModel }));
  if (p.backoffBaseMs !== undefined || p.backoffMaxMs !== undefined) out.push(t('ownBackoff'));
  if (p.rateLimitWaitMs !== undefined) out.push(t('rateLimitWait', { value: seconds(p.rateLimitWaitMs) }));
  if (c.cache) out.push(c.cache.enabled ? t('cacheHours', { hours: formatNumber(Math.round((c.cache.ttlMs / HOUR_MS) * 10) / 10) }) : t('cacheOff'));
  if (c.filter) {
    const parts: string[] = [];
    if (c.filter.moderation) parts.push(t('moderation'));
    if (c.filter.blockRules.length > 0) parts.push(t('rules', { count: c.filter.blockRules.length }));
    out.push(parts.length > 0 ? t('filter', { parts: parts.join(' + ') }) : t('filterOff'));
  }
  return out;
}
