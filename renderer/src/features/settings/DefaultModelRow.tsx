import { useTranslation } from 'react-i18next';
import type { ProviderView } from '../../../../shared/contract';
import type { Modality } from '../../../../shared/policy';
import { modalityLabel, providerLabel } from '../../lib/format';
import { Select } from '../../components/Select';
import { bestModel, modelsForModality } from '../../lib/models';
import { useSettings } from '../../stores/settings/settings';

/** Provider and model pickers for one modality; models that suit it are listed first. */
export function DefaultModelRow({ modality, providers }: { modality: Modality; providers: ProviderView[] }) {
  const { t } = useTranslation('settings');
  const current = useSettings((s) => s.settings?.defaults[modality] ?? null);
  const setDefault = useSettings((s) => s.setDefault);
  const provider = providers.find((p) => p.id === current?.providerId);
  const { fitting, other } = modelsForModality(provider?.models ?? [], modality);
  const missing = current && provider && !provider.models.includes(current.model) ? current.model : null;
  const label = modalityLabel(modality);

  const chooseProvider = (id: string) => {
    if (!id) return void setDefault(modality, null);
    const next = providers.find((p) => p.id === id);
    const model = next ? bestModel(next.models, modality) : null;
    if (model) void setDefault(modality, { providerId: id, model });
  };

  return (
    <div className="default-row">
      <div className="default-row__label">
        <p className="default-row__title">{label}</p>
        <p className="default-row__hint">{t(`defaultRow.hints.${modality}`)}</p>
      </div>
      <Select label={t('defaultRow.provider', { label })} hideLabel value={current?.providerId ?? ''} onChange={chooseProvider}>
        <option value="">{t('defaultRow.none')}</option>
        {providers.map((p) => (
          <option key={p.id} value={p.id} disabled={p.models.length === 0}>
            {providerLabel(p)}
            {p.models.length === 0 ? t('defaultRow.noModels') : ''}
          </option>
        ))}
      </Select>
      <Select
        label={t('defaultRow.model', { label })}
        hideLabel
        value={current?.model ?? ''}
        disabled={!provider}
        onChange={(model) => provider && void setDefault(modality, { providerId: provider.id, model })}
      >
        {!provider && <option value="">{t('defaultRow.chooseProvider')}</option>}
        {missing && <option value={missing}>{t('defaultRow.noLonger', { model: missing })}</option>}
        {fitting.length > 0 && (
          <optgroup label={t('defaultRow.suited', { label: label.toLowerCase() })}>
            {fitting.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </optgroup>
        )}
        {other.length > 0 && (
          <optgroup label={t('defaultRow.other')}>
            {other.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </optgroup>
        )}
      </Select>
    </div>
  );
}
