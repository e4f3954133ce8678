import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from '../lib/cx';
import { Field, describedBy } from './Field';

export interface TextAreaProps extends Omit<ComponentPropsWithRef<'textarea'>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: ReactNode;
  error?: string | null;
  optional?: boolean;
  mono?: boolean;
}

/** A multi-line TextField: same label, help and error layout. */
export function TextArea({ label, value, onChange, help, error, optional, mono, className, id, rows = 4, ...rest }: TextAreaProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <Field id={inputId} label={label} help={help} error={error} optional={optional} className={className}>
      <textarea
        id={inputId}
        className={cx('input', 'textarea', mono && 'input--mono')}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, error, help)}
        {...rest}
      />
    </Field>
  );
}
