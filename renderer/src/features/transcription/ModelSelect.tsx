import { useTranslation } from 'react-i18next';
import type { ModelRef } from '../../../../shared/contract';
import { Select } from '../../components/Select';
import { modelsForModality } from '../../lib/models';
import { useProviders } from '../../stores/providers';

const SEP = '\n';
const key = (r: ModelRef) => `${r.providerId}${SEP}${r.model}`;

const NOTES: Record<string, string> = {
  'whisper-1': 'timestamps per passage',
  'gpt-4o-transcribe': 'most accurate, one passage per chunk',
  'gpt-4o-mini-transcribe': 'cheaper, one passage per chunk',
  'gpt-4o-transcribe-diarize': 'tells speakers apart',
};

/** Transcription models of every provider, grouped by provider; the value is a provider + model pair. */
export function ModelSelect({ value, onChange, label, help }: { value: ModelRef | null; onChange: (v: ModelRef) => void; label?: string; help?: string }) {
  const providers = useProviders((s) => s.providers);
  const { t } = useTranslation('transcription');
  const groups = providers
    .map((p) => ({ p, models: modelsForModality(p.models, 'audio-offline').fitting }))
    .filter((g) => g.models.length > 0 || g.p.id === value?.providerId);
  const listed = value && groups.some((g) => g.p.id === value.providerId && g.models.includes(value.model));
  return (
    <Select
      label={label ?? t('intakeDialog.model')}
      help={help}
      value={value ? key(value) : ''}
      onChange={(v) => {
        const [providerId = '', model = ''] = v.split(SEP);
        if (providerId && model) onChange({ providerId, model });
      }}
    >
      {!value && <option value="">{t('intakeDialog.chooseModel')}</option>}
      {value && !listed && <option value={key(value)}>{value.model}</option>}
      {groups.map(({ p, models }) => (
        <optgroup key={p.id} label={p.name}>
          {models.map((m) => (
            <option key={m} value={key({ providerId: p.id, model: m })}>
              {NOTES[m] ? `${m} — ${NOTES[m]}` : m}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
