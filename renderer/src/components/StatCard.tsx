import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { Icon, type IconName } from './Icon';
import '../styles/usage-charts.css';

export interface StatCardProps {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  icon?: IconName;
  tone?: 'neutral' | 'success' | 'danger';
}

/** One headline figure with its label; a named group so tests and screen readers can find it. */
export function StatCard({ label, value, detail, icon, tone = 'neutral' }: StatCardProps) {
  return (
    <div className={cx('stat', tone !== 'neutral' && `stat--${tone}`)} role="group" aria-label={label}>
      <p className="stat__label">
        {icon && <Icon name={icon} size={14} />}
        {label}
      </p>
      <p className="stat__value">{value}</p>
      {detail && <p className="stat__detail">{detail}</p>}
    </div>
  );
}
