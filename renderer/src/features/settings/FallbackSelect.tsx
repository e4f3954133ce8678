import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { modelFitsModality, type Modality } from '../../../../shared/policy';
import { Select } from '../../components/Select';
import { useProviders } from '../../stores/settings/providers';

export interface FallbackSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Sorts models that suit this modality first; none for a scene (it spans modalities). */
  modality?: Modality;
  /** Scene overrides: '' means "use the modality's policy". */
  inherit?: boolean;
  hideLabel?: boolean;
  error?: string | null;
  help?: ReactNode;
}

/** 'auto' (a cheaper sibling), no fallback, or any model the providers offer. */
export function FallbackSelect({ label, value, onChange, modality, inherit, hideLabel, error, help }: FallbackSelectProps) {
  const { t } = useTranslation('settings');
  const providers = useProviders((s) => s.providers);
  const all = [...new Set(providers.flatMap((p) => p.models))].sort((a, b) => a.localeCompare(b));
  const fitting = modality ? all.filter((m) => modelFitsModality(m, modality)) : all;
  const known = value !== '' && value !== 'auto' && value !== 'none' && !all.includes(value) ? [value] : [];
  return (
    <Select label={label} hideLabel={hideLabel} value={value} onChange={onChange} error={error} help={help}>
      {inherit && <option value="">{t('policy.default')}</option>}
      <option value="auto">{t('policy.cheaper')}</option>
      <option value="none">{t('policy.none')}</option>
      {(fitting.length > 0 || known.length > 0) && (
        <optgroup label={t('policy.specific')}>
          {[...known, ...fitting].map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </optgroup>
      )}
    </Select>
  );
}
