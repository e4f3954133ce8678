import { useTranslation } from 'react-i18next';
import { CHEAPER_SIBLING, type Modality } from '../../../../shared/policy';
import { modalityLabel } from '../../lib/format';
import { Badge } from '../../components/Badge';
import { NumberField } from '../../components/NumberField';
import { useSettings } from '../../stores/settings/settings';
import { FallbackSelect } from './FallbackSelect';
import type { DraftErrors, PolicyDraft, PolicyField } from './policy-draft';

/** What 'auto' means for the modality's default model. */
function AutoHint({ modality }: { modality: Modality }) {
  const { t } = useTranslation('settings');
  const model = useSettings((s) => s.settings?.defaults[modality]?.model ?? null);
  if (!model) return <>{t('policy.autoNoModel')}</>;
  const sibling = CHEAPER_SIBLING[model];
  return sibling ? (
    <>
      {model} → <strong>{sibling}</strong>
    </>
  ) : (
    <>{t('policy.noSibling', { model })}</>
  );
}

export interface PolicyRowProps {
  modality: Modality;
  draft: PolicyDraft;
  errors: DraftErrors;
  customised: boolean;
  onChange: (field: PolicyField, value: string) => void;
}

/** One modality's timeout, retries, fallback, backoff and rate-limit wait. */
export function PolicyRow({ modality, draft, errors, customised, onChange }: PolicyRowProps) {
  const { t } = useTranslation('settings');
  const label = modalityLabel(modality);
  const s = t('policy.seconds');
  return (
    <div className="policy-grid__row" role="group" aria-label={label}>
      <div className="policy-grid__name">
        <p className="policy-grid__title">
          {label}
          {customised && <Badge tone="accent">{t('policy.custom')}</Badge>}
        </p>
        <p className="policy-grid__hint">{t(`policy.reasons.${modality}`)}</p>
      </div>
      <NumberField label={t('policy.timeout')} hideLabel unit={s} min={1} value={draft.timeoutMs} onChange={(v) => onChange('timeoutMs', v)} error={errors.timeoutMs} />
      <NumberField label={t('policy.retries')} hideLabel min={0} max={10} step={1} value={draft.retries} onChange={(v) => onChange('retries', v)} error={errors.retries} />
      <FallbackSelect
        label={t('policy.fallback')}
        hideLabel
        modality={modality}
        value={draft.fallbackModel}
        onChange={(v) => onChange('fallbackModel', v)}
        error={errors.fallbackModel}
        help={draft.fallbackModel === 'auto' ? <AutoHint modality={modality} /> : undefined}
      />
      <div className="policy-grid__pair">
        <NumberField label={t('policy.firstBackoff')} hideLabel unit={s} min={0} value={draft.backoffBaseMs} onChange={(v) => onChange('backoffBaseMs', v)} error={errors.backoffBaseMs} />
        <NumberField label={t('policy.longestBackoff')} hideLabel unit={s} min={0} value={draft.backoffMaxMs} onChange={(v) => onChange('backoffMaxMs', v)} error={errors.backoffMaxMs} />
      </div>
      <NumberField label={t('policy.rateLimitWait')} hideLabel unit={s} min={0} value={draft.rateLimitWaitMs} onChange={(v) => onChange('rateLimitWaitMs', v)} error={errors.rateLimitWaitMs} />
    </div>
  );
}
