import type { ProviderView } from '../../../../shared/contract';
import { MODALITY_LABELS, type Modality } from '../../../../shared/policy';
import { Select } from '../../components/Select';
import { bestModel, modelsForModality } from '../../lib/models';
import { useSettings } from '../../stores/settings';

const HINTS: Record<Modality, string> = {
  text: 'Chat and text tasks',
  'image-understanding': 'Questions about images',
  'image-generation': 'Image studio drafts and edits',
  'audio-offline': 'Queued meeting recordings',
  'audio-realtime': 'Live audio (later)',
};

/** Provider and model pickers for one modality; models that suit it are listed first. */
export function DefaultModelRow({ modality, providers }: { modality: Modality; providers: ProviderView[] }) {
  const current = useSettings((s) => s.settings?.defaults[modality] ?? null);
  const setDefault = useSettings((s) => s.setDefault);
  const provider = providers.find((p) => p.id === current?.providerId);
  const { fitting, other } = modelsForModality(provider?.models ?? [], modality);
  const missing = current && provider && !provider.models.includes(current.model) ? current.model : null;
  const label = MODALITY_LABELS[modality];

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
        <p className="default-row__hint">{HINTS[modality]}</p>
      </div>
      <Select label={`${label} provider`} hideLabel value={current?.providerId ?? ''} onChange={chooseProvider}>
        <option value="">None</option>
        {providers.map((p) => (
          <option key={p.id} value={p.id} disabled={p.models.length === 0}>
            {p.name}
            {p.models.length === 0 ? ' (no models yet)' : ''}
          </option>
        ))}
      </Select>
      <Select
        label={`${label} model`}
        hideLabel
        value={current?.model ?? ''}
        disabled={!provider}
        onChange={(model) => provider && void setDefault(modality, { providerId: provider.id, model })}
      >
        {!provider && <option value="">Choose a provider first</option>}
        {missing && <option value={missing}>{missing} (no longer listed)</option>}
        {fitting.length > 0 && (
          <optgroup label={`Suited to ${label.toLowerCase()}`}>
            {fitting.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </optgroup>
        )}
        {other.length > 0 && (
          <optgroup label="Other models">
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
