import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { Select } from '../../components/Select';
import { IMAGE_MODELS, imageModelSpec, imageModelStatus } from '../../../../shared/pricing';
import { useProviders } from '../../stores/providers';
import { useStudioForm } from '../../stores/studioForm';

const today = () => new Date().toISOString().slice(0, 10);

/** Provider and image model, with each model's deprecation or retirement date. */
export function ModelPicker() {
  const { t } = useTranslation('studio');
  const providers = useProviders((s) => s.providers);
  const providerId = useStudioForm((s) => s.providerId);
  const model = useStudioForm((s) => s.model);
  const setModel = useStudioForm((s) => s.setModel);
  const spec = imageModelSpec(model);
  const status = spec ? imageModelStatus(spec, today()) : 'current';
  const offered = providers.find((p) => p.id === providerId)?.models ?? [];
  const label = (id: string) => {
    const s = imageModelSpec(id)!;
    const st = imageModelStatus(s, today());
    const date = st === 'retired' ? s.retired : s.deprecated;
    return st === 'current' ? s.label : t(`model.${st}`, { model: s.label, date: date ?? t('model.undated') });
  };
  return (
    <div className="st-model">
      {providers.length > 1 && (
        <Select label={t('form.provider')} value={providerId} onChange={(id) => setModel(id, model)}>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
        </Select>
      )}
      <Select label={t('form.model')} value={model} onChange={(m) => setModel(providerId, m)} help={spec?.note}>
        {IMAGE_MODELS.map((m) => (
          <option key={m.id} value={m.id}>
            {label(m.id)}
            {offered.length && !offered.includes(m.id) ? ` — ${t('model.notListed')}` : ''}
          </option>
        ))}
      </Select>
      {status !== 'current' && <Badge tone={status === 'retired' ? 'danger' : 'warning'}>{t(`model.badge.${status}`)}</Badge>}
    </div>
  );
}
