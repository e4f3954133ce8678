import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx';
import { Icon } from './Icon';

export interface FieldProps {
  id: string;
  label: string;
  help?: ReactNode;
  error?: string | null;
  optional?: boolean;
  children: ReactNode;
  className?: string;
  /** Keeps the label for assistive technology only (when a column header already says it). */
  hideLabel?: boolean;
}

/** The id that an input inside a Field should point aria-describedby at. */
export function describedBy(id: string, error?: string | null, help?: ReactNode): string | undefined {
  if (error) return `${id}-error`;
  return help ? `${id}-help` : undefined;
}

/** Label, control, and either help or an error below it; shared by every form control. */
export function Field({ id, label, help, error, optional, children, className, hideLabel }: FieldProps) {
  const { t } = useTranslation('common');
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className={cx('field__label', hideLabel && 'visually-hidden')} htmlFor={id}>
        {label}
        {optional && <span className="field__optional">{t('misc.optional')}</span>}
      </label>
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          <Icon name="alertCircle" size={13} />
          {error}
        </p>
      ) : help ? (
        <p className="field__help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
    </div>
  );
}
