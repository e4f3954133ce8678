import { useId, type ReactNode } from 'react';
import { Field, describedBy } from './Field';

export interface SelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** <option> and <optgroup> elements. */
  children: ReactNode;
  help?: ReactNode;
  error?: string | null;
  disabled?: boolean;
  className?: string;
  hideLabel?: boolean;
}

export function Select({ label, value, onChange, children, help, error, disabled, className, hideLabel }: SelectProps) {
  const id = useId();
  return (
    <Field id={id} label={label} help={help} error={error} className={className} hideLabel={hideLabel}>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, help)}
      >
        {children}
      </select>
    </Field>
  );
}
