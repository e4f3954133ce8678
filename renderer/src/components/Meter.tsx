import { cx } from '../lib/cx';
import '../styles/usage-charts.css';

export type MeterTone = 'ok' | 'near' | 'over';

/** ok below 80 %, near from 80 %, over at or past the limit. */
export function meterTone(ratio: number): MeterTone {
  return ratio >= 1 ? 'over' : ratio >= 0.8 ? 'near' : 'ok';
}

export interface MeterProps {
  /** 0..∞; the bar fills at 1 and turns "over" past it. */
  ratio: number;
  tone: MeterTone;
  label: string;
  /** Exact figures for assistive technology, e.g. "$0.12 of $1.00 (12%)". */
  valueText: string;
}

/** A budget-style gauge: how much of a limit is used. */
export function Meter({ ratio, tone, label, valueText }: MeterProps) {
  const pct = Number.isFinite(ratio) ? Math.max(0, ratio) * 100 : 100;
  return (
    <div
      className={cx('meter', `meter--${tone}`)}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.min(100, Math.round(pct))}
      aria-valuetext={valueText}
    >
      <span className="meter__fill" style={{ width: `${Math.min(100, pct)}%` }} />
    </div>
  );
}
