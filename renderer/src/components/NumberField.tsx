import { useId, type ReactNode } from 'react';
import { cx } from '../lib/cx';
import { Field, describedBy } from './Field';
import '../styles/usage-controls.css';

export interface NumberFieldProps {
  label: string;
  /** The text as typed, so a half-typed number ("0.") survives re-renders; parse it on save. */
  value: string;
  onChange: (value: string) => void;
  /** Shown inside the box after the number, e.g. "s" or "MB". */
  unit?: string;
  /** Shown inside the box before the number, e.g. a currency symbol. */
  prefix?: string;
  help?: ReactNode;
  error?: string | null;
  placeholder?: string;
  min?: number;
  max?: number;
  step?: number | 'any';
  disabled?: boolean;
  /** Keeps the label for assistive technology only (a table column already says it). */
  hideLabel?: boolean;
  className?: string;
  autoFocus?: boolean;
}

/** A number input with optional prefix and unit, laid out like TextField. */
export function NumberField({ label, value, onChange, unit, prefix, help, error, placeholder, min, max, step = 'any', disabled, hideLabel, className, autoFocus }: NumberFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} help={help} error={error} className={className} hideLabel={hideLabel}>
      <span className={cx('affix-input', disabled && 'is-disabled')}>
        {prefix && (
          <span className="affix-input__prefix" aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          id={id}
          type="number"
          inputMode="decimal"
          className="input affix-input__control"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder}
          min={min}
          max={max}
          step={step}
          disabled={disabled}
          autoFocus={autoFocus}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, help)}
        />
        {unit && (
          <span className="affix-input__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </span>
    </Field>
  );
}
