import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../components/Skeleton';

/** The queue's shape while it loads. */
export function QueueSkeleton() {
  const { t } = useTranslation('transcription');
  return (
    <div className="tx-body" aria-label={t('screen.loadingQueue')} aria-busy="true">
      <div className="tx-queue">
        <div className="tx-queue__head">
          <Skeleton width="40%" height={16} />
          <Skeleton height={40} />
        </div>
        <div className="tx-queue__list">
          {[0, 1, 2].map((i) => (
            <div key={i} className="tx-job tx-skeleton">
              <Skeleton width="70%" height={14} />
              <Skeleton width="45%" height={11} />
              <Skeleton height={4} />
              <Skeleton width="60%" height={10} />
            </div>
          ))}
        </div>
      </div>
      <div className="tx-detail">
        <div className="tx-detail__pad tx-skeleton">
          <Skeleton width="35%" height={20} />
          <Skeleton width="55%" height={12} />
          <Skeleton height={44} />
        </div>
      </div>
    </div>
  );
}
