import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx';
import '../styles/transcription-progress.css';

export interface ProgressBarProps {
  /** 0..1, or null for work whose size is not known yet (an animated stripe). */
  value: number | null;
  label: string;
  /** Read out instead of the percentage, e.g. "1 of 2 chunks". */
  valueText?: string;
  tone?: 'accent' | 'success' | 'warning' | 'danger' | 'neutral';
  size?: 'sm' | 'md';
  className?: string;
}

/** A determinate or indeterminate progress bar (role=progressbar with its exact value for assistive technology). */
export function ProgressBar({ value, label, valueText, tone = 'accent', size = 'md', className }: ProgressBarProps) {
  const { t } = useTranslation('common');
  const pct = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className={cx('progress', `progress--${tone}`, size === 'sm' && 'progress--sm', pct === null && 'progress--indeterminate', className)}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct ?? undefined}
      aria-valuetext={valueText ?? (pct === null ? t('misc.working') : `${pct}%`)}
    >
      <span className="progress__fill" style={pct === null ? undefined : { width: `${pct}%` }} />
    </div>
  );
}
