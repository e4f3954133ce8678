import { useTranslation } from 'react-i18next';
import { NumberField } from '../../components/NumberField';
import { FallbackSelect } from './FallbackSelect';
import type { DraftErrors, PolicyDraft, PolicyField } from './policy-draft';

export interface ScenePolicyFieldsProps {
  draft: PolicyDraft;
  errors: DraftErrors;
  onChange: (field: PolicyField, value: string) => void;
}

/** A scene's policy override: every field optional, empty means "as the kind of work says". */
export function ScenePolicyFields({ draft, errors, onChange }: ScenePolicyFieldsProps) {
  const { t } = useTranslation('settings');
  const s = t('policy.seconds');
  const num = (field: Exclude<PolicyField, 'fallbackModel'>, label: string, unit?: string) => (
    <NumberField label={label} unit={unit} min={0} placeholder={t('policy.default')} value={draft[field]} onChange={(v) => onChange(field, v)} error={errors[field]} />
  );
  return (
    <div className="scene-policy">
      {num('timeoutMs', t('policy.timeout'), s)}
      {num('retries', t('policy.retries'))}
      <FallbackSelect label={t('policy.fallback')} inherit value={draft.fallbackModel} onChange={(v) => onChange('fallbackModel', v)} error={errors.fallbackModel} />
      {num('backoffBaseMs', t('policy.firstBackoff'), s)}
      {num('backoffMaxMs', t('policy.longestBackoff'), s)}
      {num('rateLimitWaitMs', t('policy.rateLimitWait'), s)}
    </div>
  );
}
