import { useId } from 'react';
import { cx } from '../lib/cx';
import { Icon, type IconName } from './Icon';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
  icon?: IconName;
}

export interface ChoiceGroupProps<T extends string> {
  label: string;
  options: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** "segmented" for a compact switch, "cards" for larger tiles with a description. */
  variant?: 'segmented' | 'cards';
  hideLabel?: boolean;
  disabled?: boolean;
}

/** One choice out of a few, built on native radio buttons so keyboards and screen readers just work. */
export function ChoiceGroup<T extends string>({ label, options, value, onChange, variant = 'segmented', hideLabel, disabled }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className={cx('choices', `choices--${variant}`)} disabled={disabled}>
      <legend className={cx('field__label', hideLabel && 'visually-hidden')}>{label}</legend>
      <div className="choices__options">
        {options.map((o) => (
          <label key={o.value} className={cx('choice', o.value === value && 'is-checked')}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} className="choice__input" />
            {o.icon && <Icon name={o.icon} size={variant === 'cards' ? 20 : 15} className="choice__icon" />}
            <span className="choice__text">
              <span className="choice__label">{o.label}</span>
              {o.description && variant === 'cards' && <span className="choice__description">{o.description}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
