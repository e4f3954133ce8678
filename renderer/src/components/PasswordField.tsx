import { useId, type ReactNode } from 'react';
import { Field, describedBy } from './Field';

export interface PasswordFieldProps {
  label: string;
  onChange: (value: string) => void;
  help?: ReactNode;
  error?: string | null;
  optional?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

/**
 * A secret input. It is deliberately uncontrolled: React mirrors a controlled input's value into
 * the DOM's value attribute, and a key must never appear in the page's markup. Remount it (key)
 * to clear it.
 */
export function PasswordField({ label, onChange, help, error, optional, placeholder, autoFocus, disabled }: PasswordFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} help={help} error={error} optional={optional}>
      <input
        id={id}
        type="password"
        className="input input--mono"
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        autoFocus={autoFocus}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, help)}
      />
    </Field>
  );
}
