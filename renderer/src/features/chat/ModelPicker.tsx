import { useMemo } from 'react';
import type { ModelRef } from '../../../../shared/contract';
import { useProviders } from '../../stores/providers';
import { groupByTier, optionValue, parseOptionValue } from './modelTiers';

export interface ModelPickerProps {
  label: string;
  value: ModelRef | null;
  onChange: (ref: ModelRef | null) => void;
  /** What "no choice" means here, e.g. "Scene default" or "Same as conversation". */
  emptyLabel: string;
  className?: string;
  id?: string;
}

/** A model select grouped by tier (fast & cheap, balanced, most capable, other) across all providers. */
export function ModelPicker({ label, value, onChange, emptyLabel, className, id }: ModelPickerProps) {
  const providers = useProviders((s) => s.providers);
  const groups = useMemo(() => groupByTier(providers), [providers]);
  const many = providers.filter((p) => p.models.length > 0).length > 1;
  const current = value ? optionValue(value) : '';
  const listed = !value || groups.some((g) => g.options.some((o) => optionValue(o) === current));
  return (
    <select id={id} className={className ?? 'select chat-select'} aria-label={label} value={current} onChange={(e) => onChange(parseOptionValue(e.target.value))}>
      <option value="">{emptyLabel}</option>
      {!listed && value && <option value={current}>{value.model} (no longer listed)</option>}
      {groups.map((g) => (
        <optgroup key={g.tier} label={g.label}>
          {g.options.map((o) => (
            <option key={optionValue(o)} value={optionValue(o)}>
              {many ? `${o.model} — ${o.providerName}` : o.model}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
