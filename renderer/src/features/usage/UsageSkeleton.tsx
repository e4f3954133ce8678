import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../components/Skeleton';

/** The dashboard's shape while the summary loads. */
export function UsageSkeleton() {
  const { t } = useTranslation('usage');
  return (
    <div className="usage__skeleton" aria-label={t('loading')}>
      <div className="usage__stats">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="stat">
            <Skeleton width="50%" height={12} />
            <Skeleton width="70%" height={22} />
            <Skeleton width="60%" height={10} />
          </div>
        ))}
      </div>
      <div className="card usage__skeleton-card">
        <Skeleton width="22%" height={16} />
        <Skeleton height={200} />
      </div>
      <div className="usage__pair">
        {[0, 1].map((i) => (
          <div key={i} className="card usage__skeleton-card">
            <Skeleton width="35%" height={16} />
            <Skeleton height={12} />
            <Skeleton width="80%" height={12} />
            <Skeleton width="60%" height={12} />
          </div>
        ))}
      </div>
    </div>
  );
}
