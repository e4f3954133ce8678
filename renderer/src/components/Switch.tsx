import { useId, type ReactNode } from 'react';
import { cx } from '../lib/cx';
import '../styles/usage-controls.css';

export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A sentence under the label saying what turning it on does. */
  description?: ReactNode;
  disabled?: boolean;
  className?: string;
}

/** An on/off setting: a native checkbox with role="switch", so keyboards and screen readers just work. */
export function Switch({ label, checked, onChange, description, disabled, className }: SwitchProps) {
  const id = useId();
  return (
    <label className={cx('switch-row', disabled && 'is-disabled', className)} htmlFor={id}>
      <span className="switch-row__text">
        <span className="switch-row__label" id={`${id}-label`}>
          {label}
        </span>
        {description && (
          <span className="switch-row__description" id={`${id}-description`}>
            {description}
          </span>
        )}
      </span>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch__input"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
      />
      <span className="switch" aria-hidden="true" />
    </label>
  );
}
