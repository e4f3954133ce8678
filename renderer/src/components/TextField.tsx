import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from '../lib/cx';
import { Field, describedBy } from './Field';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: ReactNode;
  error?: string | null;
  optional?: boolean;
  mono?: boolean;
}

export function TextField({ label, value, onChange, help, error, optional, mono, className, id, ...rest }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <Field id={inputId} label={label} help={help} error={error} optional={optional} className={className}>
      <input
        id={inputId}
        className={cx('input', mono && 'input--mono')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, error, help)}
        spellCheck={false}
        autoComplete="off"
        {...rest}
      />
    </Field>
  );
}
