/**
 * Policy forms edit seconds as typed text; these helpers convert to and from the core's
 * milliseconds, validate lightly (the core has the last word) and keep only what differs.
 */
import type { AppError } from '../../../../shared/errors';
import { i18n } from '../../i18n';
import type { Policy } from '../../../../shared/policy';

export interface PolicyDraft {
  timeoutMs: string;
  retries: string;
  /** 'auto' (a cheaper sibling), 'none', a model id — or '' in a scene override: inherit. */
  fallbackModel: string;
  backoffBaseMs: string;
  backoffMaxMs: string;
  rateLimitWaitMs: string;
}
export type PolicyField = keyof PolicyDraft;
export type DraftErrors = Partial<Record<PolicyField, string>>;

export const POLICY_FIELDS: readonly PolicyField[] = ['timeoutMs', 'retries', 'fallbackModel', 'backoffBaseMs', 'backoffMaxMs', 'rateLimitWaitMs'];

const seconds = (ms: number) => String(Math.round(ms) / 1000);

export const EMPTY_DRAFT: PolicyDraft = { timeoutMs: '', retries: '', fallbackModel: '', backoffBaseMs: '', backoffMaxMs: '', rateLimitWaitMs: '' };

export function toDraft(p: Partial<Policy>): PolicyDraft {
  return {
    timeoutMs: p.timeoutMs === undefined ? '' : seconds(p.timeoutMs),
    retries: p.retries === undefined ? '' : String(p.retries),
    fallbackModel: p.fallbackModel === undefined ? '' : p.fallbackModel === null ? 'none' : p.fallbackModel,
    backoffBaseMs: p.backoffBaseMs === undefined ? '' : seconds(p.backoffBaseMs),
    backoffMaxMs: p.backoffMaxMs === undefined ? '' : seconds(p.backoffMaxMs),
    rateLimitWaitMs: p.rateLimitWaitMs === undefined ? '' : seconds(p.rateLimitWaitMs),
  };
}

/** Limits in seconds (retries: a count), mirroring the contract's so most mistakes are caught here. */
const LIMITS: Record<Exclude<PolicyField, 'fallbackModel'>, { min: number; max: number }> = {
  timeoutMs: { min: 1, max: 3600 },
  retries: { min: 0, max: 10 },
  backoffBaseMs: { min: 0, max: 600 },
  backoffMaxMs: { min: 0, max: 3600 },
  rateLimitWaitMs: { min: 0, max: 86_400 },
};

const tr = (key: 'required' | 'whole' | 'backoffOrder' | `what.${keyof typeof LIMITS}`): string => i18n.t(`settings:policy.errors.${key}`);

/**
 * Parses a draft. With `partial` (scene overrides) empty fields are left out; otherwise each is
 * required. Returns the policy fields or the errors to show under each field.
 */
export function fromDraft(d: PolicyDraft, partial = false): { ok: true; value: Partial<Policy> } | { ok: false; errors: DraftErrors } {
  const value: Partial<Policy> = {};
  const errors: DraftErrors = {};
  for (const field of POLICY_FIELDS) {
    const raw = d[field].trim();
    if (raw === '') {
      if (!partial) errors[field] = tr('required');
      continue;
    }
    if (field === 'fallbackModel') {
      value.fallbackModel = raw === 'none' ? null : raw;
      continue;
    }
    const n = Number(raw);
    const { min, max } = LIMITS[field];
    if (!Number.isFinite(n) || n < min || n > max) {
      const range = { what: tr(`what.${field}`), min, max: max.toLocaleString(i18n.language) };
      errors[field] = field === 'retries' ? i18n.t('settings:policy.errors.rangeCount', range) : i18n.t('settings:policy.errors.rangeSeconds', range);
    } else if (field === 'retries' && !Number.isInteger(n)) errors[field] = tr('whole');
    else value[field] = field === 'retries' ? n : Math.round(n * 1000);
  }
  if (value.backoffBaseMs !== undefined && value.backoffMaxMs !== undefined && value.backoffMaxMs < value.backoffBaseMs) {
    errors.backoffMaxMs = tr('backoffOrder');
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** The fields of `p` that differ from `base` (what is stored as an override). */
export function diffPolicy(p: Partial<Policy>, base: Policy): Partial<Policy> {
  return Object.fromEntries(Object.entries(p).filter(([k, v]) => base[k as keyof Policy] !== v)) as Partial<Policy>;
}

/**
 * The field a core error names, if it lies under `prefix` ("policyOverrides.text"): e.g.
 * "policyOverrides.text.timeoutMs" → "timeoutMs". Null when the error is about something else.
 */
export function fieldUnder(error: AppError | null, prefix: string): string | null {
  const field = error?.details?.field;
  if (typeof field !== 'string' || !field.startsWith(`${prefix}.`)) return null;
  return field.slice(prefix.length + 1).split('.')[0] ?? null;
}
