import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelRef } from '../../../shared/contract';
import type { Modality } from '../../../shared/policy';
import { fitsPicker, modelCapabilities, type Capability } from '../lib/models';
import { compareByTier, optionValue, parseOptionValue, tierOf } from '../lib/modelTiers';
import { useProviders } from '../stores/settings/providers';
import { Field, describedBy } from './Field';
import { providerLabel } from '../lib/format';

export interface ModelPickerProps {
  /** What the model is for: only models that can do it are offered. */
  modality: Modality;
  value: ModelRef | null;
  onChange: (ref: ModelRef | null) => void;
  label: string;
  /** The "no choice" option and what it means (the model actually in use); without it a model must be chosen. */
  emptyLabel?: string;
  /** Shown, not choosable, while nothing is chosen and there is no emptyLabel. */
  placeholder?: string;
  /** Words after a model's tags: "tells speakers apart", "deprecated on 2026-05-01". */
  note?: (model: string) => string | null | undefined;
  /** Models a provider may serve without listing them (the image studio's catalog), used when it lists none. */
  unlisted?: readonly string[];
  /** The order of a provider's models; fastest and cheapest first by default. */
  order?: (a: string, b: string) => number;
  /** With a visible label above (a form field); otherwise a bare select named by its aria-label (a toolbar). */
  field?: boolean;
  help?: ReactNode;
  className?: string;
  id?: string;
  disabled?: boolean;
}

/** The capabilities worth a tag in this picker: what every model in it can do goes unsaid. */
const TAGGED: Record<Modality, readonly Capability[]> = {
  text: ['vision'],
  'image-understanding': [],
  'image-generation': [],
  'audio-offline': [],
  'audio-realtime': [],
};

/**
 * The one model picker: the models of every provider that fit the modality, grouped by provider, fastest
 * and cheapest first, each tagged with its tier and what else it can do. Used by chat, scenes,
 * transcription, image analysis and the image studio.
 */
export function ModelPicker({ modality, value, onChange, label, emptyLabel, placeholder, note, unlisted, order = compareByTier, field = false, help, className, id, disabled }: ModelPickerProps) {
  const { t, i18n } = useTranslation('common');
  const providers = useProviders((s) => s.providers);
  const groups = useMemo(
    () =>
      providers
        .map((p) => {
          const fitting = p.models.filter((m) => fitsPicker(m, modality));
          const models = fitting.length ? fitting : (unlisted ?? []).filter((m) => fitsPicker(m, modality));
          return { providerId: p.id, providerName: providerLabel(p), models: [...models].sort(order) };
        })
        .filter((g) => g.models.length > 0),
    // The interface language names the environment's provider.
    [providers, modality, unlisted, order, i18n.language],
  );
  const current = value ? optionValue(value) : '';
  const listed = !value || groups.some((g) => g.providerId === value.providerId && g.models.includes(value.model));
  const tags = (model: string) => {
    const tier = tierOf(model);
    const caps = modelCapabilities(model).filter((c) => TAGGED[modality].includes(c));
    return [tier === 'other' ? null : t(`models.tier.${tier}`), ...caps.map((c) => t(`models.capability.${c}`)), note?.(model) ?? null].filter(Boolean).join(' · ');
  };
  const select = (selectId: string | undefined, describedById?: string) => (
    <select
      id={selectId}
      className={className ?? 'select'}
      aria-label={field ? undefined : label}
      aria-describedby={describedById}
      value={current}
      disabled={disabled}
      onChange={(e) => onChange(parseOptionValue(e.target.value))}
    >
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : !value && <option value="" disabled>{placeholder ?? t('models.choose')}</option>}
      {!listed && value && <option value={current}>{t('models.notListed', { model: value.model })}</option>}
      {groups.map((g) => (
        <optgroup key={g.providerId} label={g.providerName}>
          {g.models.map((model) => {
            const tag = tags(model);
            const v = optionValue({ providerId: g.providerId, model });
            return (
              <option key={v} value={v}>
                {tag ? `${model} — ${tag}` : model}
              </option>
            );
          })}
        </optgroup>
      ))}
    </select>
  );
  if (!field) return select(id);
  return <FieldPicker label={label} help={help} render={select} />;
}

function FieldPicker({ label, help, render }: { label: string; help?: ReactNode; render: (id: string, describedById?: string) => ReactNode }) {
  const id = useId();
  return (
    <Field id={id} label={label} help={help}>
      {render(id, describedBy(id, null, help))}
    </Field>
  );
}
