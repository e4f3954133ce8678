import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { PipelineConfig } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { DEFAULT_POLICIES, MODALITIES, type Modality, type Policy } from '../../../../shared/policy';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorCallout } from '../../components/ErrorCallout';
import { usePipeline } from '../../stores/settings/pipeline';
import { toastError, toastSuccess } from '../../stores/shell/toasts';
import { PolicyRow } from './PolicyRow';
import { diffPolicy, fieldUnder, fromDraft, toDraft, type DraftErrors, type PolicyDraft, type PolicyField } from './policy-draft';

const draftsOf = (config: PipelineConfig) => Object.fromEntries(MODALITIES.map((m) => [m, toDraft(config.policies[m])])) as Record<Modality, PolicyDraft>;

/** Per-modality policy defaults, edited together and saved as overrides of the built-in values. */
export function PolicyTableCard({ config }: { config: PipelineConfig }) {
  const { t } = useTranslation('settings');
  const update = usePipeline((s) => s.update);
  const [drafts, setDrafts] = useState(() => draftsOf(config));
  const [errors, setErrors] = useState<Partial<Record<Modality, DraftErrors>>>({});
  const [coreError, setCoreError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const dirty = JSON.stringify(drafts) !== JSON.stringify(draftsOf(config));
  const customised = (m: Modality) => Object.keys(config.policyOverrides[m] ?? {}).length > 0;

  const change = (m: Modality, field: PolicyField, value: string) => {
    setDrafts((d) => ({ ...d, [m]: { ...d[m], [field]: value } }));
    setErrors((e) => ({ ...e, [m]: { ...e[m], [field]: undefined } }));
  };

  const save = async () => {
    const overrides: Partial<Record<Modality, Partial<Policy>>> = {};
    const found: Partial<Record<Modality, DraftErrors>> = {};
    for (const m of MODALITIES) {
      const parsed = fromDraft(drafts[m]);
      if (!parsed.ok) found[m] = parsed.errors;
      else {
        const diff = diffPolicy(parsed.value, DEFAULT_POLICIES[m]);
        if (Object.keys(diff).length > 0) overrides[m] = diff;
      }
    }
    setErrors(found);
    setCoreError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const r = await update({ policyOverrides: overrides });
    setBusy(false);
    if (r.ok) return toastSuccess(t('policy.saved'));
    // The core names e.g. "policyOverrides.text.timeoutMs": put it under that field.
    const m = MODALITIES.find((x) => fieldUnder(r.error, `policyOverrides.${x}`));
    const field = m ? (fieldUnder(r.error, `policyOverrides.${m}`) as PolicyField) : null;
    if (m && field) setErrors({ [m]: { [field]: r.error.message } });
    else setCoreError(r.error);
  };

  const reset = async () => {
    setBusy(true);
    const r = await update({ policyOverrides: {} });
    setBusy(false);
    setConfirmReset(false);
    if (r.ok) toastSuccess(t('policy.reset'), t('policy.resetBody'));
    else toastError(r.error, t('policy.resetFailed'));
  };

  return (
    <Card
      title={t('policy.title')}
      description={t('policy.description')}
      footer={
        <>
          <Button variant="ghost" className="card-footer__start" disabled={busy || Object.keys(config.policyOverrides).length === 0} onClick={() => setConfirmReset(true)}>
            {t('policy.resetButton')}
          </Button>
          <Button disabled={!dirty || busy} onClick={() => setDrafts(draftsOf(config))}>
            {t('policy.discard')}
          </Button>
          <Button variant="primary" loading={busy} disabled={!dirty} onClick={() => void save()}>
            {t('policy.save')}
          </Button>
        </>
      }
    >
      <div className="policy-grid">
        <div className="policy-grid__head" aria-hidden="true">
          <span>{t('policy.modality')}</span>
          <span>{t('policy.timeout')}</span>
          <span>{t('policy.retries')}</span>
          <span>{t('policy.fallback')}</span>
          <span>{t('policy.backoffRange')}</span>
          <span>{t('policy.rateLimitWait')}</span>
        </div>
        {MODALITIES.map((m) => (
          <PolicyRow key={m} modality={m} draft={drafts[m]} errors={errors[m] ?? {}} customised={customised(m)} onChange={(f, v) => change(m, f, v)} />
        ))}
      </div>
      {coreError && <ErrorCallout error={coreError} />}
      <ConfirmDialog
        open={confirmReset}
        title={t('policy.resetTitle')}
        confirmLabel={t('policy.resetButton')}
        danger={false}
        busy={busy}
        onConfirm={() => void reset()}
        onCancel={() => setConfirmReset(false)}
      >
        {t('policy.resetConfirm')}
      </ConfirmDialog>
    </Card>
  );
}
