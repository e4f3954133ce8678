import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type CalloutTone = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<CalloutTone, IconName> = { info: 'info', success: 'checkCircle', warning: 'alert', error: 'alertCircle' };

export interface CalloutProps {
  tone?: CalloutTone;
  title?: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
  icon?: IconName;
  className?: string;
}

/** A boxed message; errors are announced (role=alert). */
export function Callout({ tone = 'info', title, children, actions, icon, className }: CalloutProps) {
  return (
    <div className={`callout callout--${tone} ${className ?? ''}`.trim()} role={tone === 'error' ? 'alert' : undefined}>
      <Icon name={icon ?? ICONS[tone]} size={16} className="callout__icon" />
      <div className="callout__body">
        {title && <p className="callout__title">{title}</p>}
        {children && <div className="callout__text">{children}</div>}
        {actions && <div className="callout__actions">{actions}</div>}
      </div>
    </div>
  );
}
