import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../../components/Skeleton';

/** Shown while a conversation loads. */
export function PaneSkeleton() {
  const { t } = useTranslation('chat');
  return (
    <div className="pane-skeleton" aria-busy="true" aria-label={t('pane.loading')}>
      {[0, 1, 2].map((i) => (
        <div key={i} className={i % 2 ? 'pane-skeleton__row' : 'pane-skeleton__row pane-skeleton__row--user'}>
          <Skeleton width={i % 2 ? '85%' : '45%'} height={14} />
          <Skeleton width={i % 2 ? '70%' : '30%'} height={14} />
          {i % 2 ? <Skeleton width="55%" height={14} /> : null}
        </div>
      ))}
    </div>
  );
}
