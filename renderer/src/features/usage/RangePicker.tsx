import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextField } from '../../components/TextField';
import { RANGE_PRESETS, useUsage, type RangePreset } from '../../stores/usage/usage';
import { rangeLabel } from './format';

/** Presets (today, last 7 days, this month, last 30 days) and a custom pair of dates. */
export function RangePicker() {
  const { t } = useTranslation('usage');
  const preset = useUsage((s) => s.preset);
  const from = useUsage((s) => s.from);
  const to = useUsage((s) => s.to);
  const error = useUsage((s) => s.error);
  const setPreset = useUsage((s) => s.setPreset);
  const setCustom = useUsage((s) => s.setCustom);
  const fieldError = (name: 'from' | 'to') => (error?.details?.field === name ? error.message : null);

  const choose = (value: RangePreset) => {
    if (value === 'custom') setCustom(from, to);
    else setPreset(value);
  };

  return (
    <div className="range-picker">
      <ChoiceGroup label={t('range.label')} hideLabel options={RANGE_PRESETS.map((value) => ({ value, label: t(`range.${value}`) }))} value={preset} onChange={choose} />
      {preset === 'custom' ? (
        <div className="range-picker__dates">
          <TextField label={t('range.from')} type="date" value={from} max={to} onChange={(v) => setCustom(v, to)} error={fieldError('from')} />
          <TextField label={t('range.to')} type="date" value={to} min={from} onChange={(v) => setCustom(from, v)} error={fieldError('to')} />
        </div>
      ) : (
        <p className="range-picker__label" aria-live="polite">
          {rangeLabel(from, to)}
        </p>
      )}
    </div>
  );
}
