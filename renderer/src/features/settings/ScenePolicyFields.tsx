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
  const num = (field: Exclude<PolicyField, 'fallbackModel'>, label: string, unit?: string) => (
    <NumberField label={label} unit={unit} min={0} placeholder="Default" value={draft[field]} onChange={(v) => onChange(field, v)} error={errors[field]} />
  );
  return (
    <div className="scene-policy">
      {num('timeoutMs', 'Timeout', 's')}
      {num('retries', 'Retries')}
      <FallbackSelect label="Fallback model" inherit value={draft.fallbackModel} onChange={(v) => onChange('fallbackModel', v)} error={errors.fallbackModel} />
      {num('backoffBaseMs', 'First backoff', 's')}
      {num('backoffMaxMs', 'Longest backoff', 's')}
      {num('rateLimitWaitMs', 'Rate-limit wait', 's')}
    </div>
  );
}
