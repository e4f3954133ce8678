import type { ReactNode } from 'react';
import '../styles/usage-charts.css';

export interface BarListItem {
  key: string;
  label: ReactNode;
  /** Sets the bar's length relative to the largest value. */
  value: number;
  /** The exact figure shown at the end of the row. */
  valueText: string;
  detail?: ReactNode;
  /** 1..6: a colour of the chart palette (default 1). */
  tone?: number;
}

export interface BarListProps {
  label: string;
  items: readonly BarListItem[];
}

/** Horizontal bars with their exact figures in text, so nothing is conveyed by length alone. */
export function BarList({ label, items }: BarListProps) {
  const max = Math.max(0, ...items.map((i) => i.value));
  return (
    <ul className="bar-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="bar-list__item">
          <div className="bar-list__row">
            <span className="bar-list__label">{item.label}</span>
            <span className="bar-list__value">{item.valueText}</span>
          </div>
          <span className="bar-list__track" aria-hidden="true">
            <span className={`bar-list__fill chart-bg-${item.tone ?? 1}`} style={{ width: `${max > 0 ? Math.max(1, (item.value / max) * 100) : 0}%` }} />
          </span>
          {item.detail && <p className="bar-list__detail">{item.detail}</p>}
        </li>
      ))}
    </ul>
  );
}
