import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelRef } from '../../../../shared/contract';
import { byProvider, modelCapabilities } from '../../lib/models';
import { useProviders } from '../../stores/providers';
import { compareByTier, optionValue, parseOptionValue, tierOf } from './modelTiers';

export interface ModelPickerProps {
  label: string;
  value: ModelRef | null;
  onChange: (ref: ModelRef | null) => void;
  /** What "no choice" means here: the model actually in use and where it comes from. */
  emptyLabel: string;
  className?: string;
  id?: string;
}

/**
 * A chat model select: only chat-capable models (no transcription, image or moderation models), grouped
 * by provider, each tagged with its tier and whether it reads images.
 */
export function ModelPicker({ label, value, onChange, emptyLabel, className, id }: ModelPickerProps) {
  const { t } = useTranslation('chat');
  const providers = useProviders((s) => s.providers);
  const groups = useMemo(() => byProvider(providers, 'chat', (model, p) => ({ providerId: p.id, model }), compareByTier), [providers]);
  const current = value ? optionValue(value) : '';
  const listed = !value || groups.some((g) => g.options.some((o) => optionValue(o) === current));
  const tags = (model: string) => {
    const tier = tierOf(model);
    return [tier === 'other' ? null : t(`picker.tier.${tier}`), modelCapabilities(model).includes('vision') ? t('picker.capability.vision') : null].filter(Boolean).join(' · ');
  };
  return (
    <select id={id} className={className ?? 'select chat-select'} aria-label={label} value={current} onChange={(e) => onChange(parseOptionValue(e.target.value))}>
      <option value="">{emptyLabel}</option>
      {!listed && value && <option value={current}>{t('picker.notListed', { model: value.model })}</option>}
      {groups.map((g) => (
        <optgroup key={g.providerId} label={g.providerName}>
          {g.options.map((o) => {
            const tag = tags(o.model);
            return (
              <option key={optionValue(o)} value={optionValue(o)}>
                {tag ? `${o.model} — ${tag}` : o.model}
              </option>
            );
          })}
        </optgroup>
      ))}
    </select>
  );
}
