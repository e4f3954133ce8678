import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export interface EmptyStateProps {
  icon: IconName;
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  /** Extra content under the description (a list of what is coming, a callout). */
  children?: ReactNode;
}

export function EmptyState({ icon, title, description, actions, children }: EmptyStateProps) {
  return (
    <div className="empty">
      <div className="empty__icon">
        <Icon name={icon} size={24} />
      </div>
      <h2 className="empty__title">{title}</h2>
      <p className="empty__description">{description}</p>
      {children && <div className="empty__extra">{children}</div>}
      {actions && <div className="empty__actions">{actions}</div>}
    </div>
  );
}
