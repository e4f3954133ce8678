import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../components/Skeleton';

/** The transcript's shape while it loads. */
export function DetailSkeleton() {
  const { t } = useTranslation('transcription');
  return (
    <div className="tx-detail__pad tx-skeleton" aria-label={t('screen.loadingRecording')}>
      <Skeleton height={40} />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <div key={i} className="tx-skeleton__row">
          <Skeleton width={44} height={12} />
          <div className="tx-skeleton__lines">
            <Skeleton width={`${60 + ((i * 17) % 35)}%`} height={12} />
            <Skeleton width={`${30 + ((i * 23) % 40)}%`} height={12} />
          </div>
        </div>
      ))}
    </div>
  );
}
