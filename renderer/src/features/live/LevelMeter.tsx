import { useTranslation } from 'react-i18next';
import { useLive } from '../../stores/live/live';

/** The microphone's level as a row of segments (peak of the last block, on a dB scale); it alone re-renders at the meter's pace. */
export function LevelMeter() {
  const { t } = useTranslation('live');
  const level = useLive((s) => s.level);
  const db = level > 0 ? 20 * Math.log10(level) : -60;
  const lit = Math.round(Math.max(0, Math.min(1, (db + 60) / 60)) * 12);
  return (
    <div className="live-level" role="meter" aria-label={t('level')} aria-valuemin={0} aria-valuemax={12} aria-valuenow={lit} data-testid="live-level">
      {Array.from({ length: 12 }, (_, i) => (
        <span key={i} className={i < lit ? `live-level__seg is-on${i >= 10 ? ' is-hot' : i >= 8 ? ' is-warm' : ''}` : 'live-level__seg'} />
      ))}
    </div>
  );
}
