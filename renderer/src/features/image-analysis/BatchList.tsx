import { useTranslation } from 'react-i18next';
import { useMoney } from '../../stores/chat/currency';
import { useVision } from '../../stores/image-analysis/vision';
import { StateBadge } from './StateBadge';

/** Batches, newest first; the open one is highlighted. */
export function BatchList() {
  const { t } = useTranslation('vision');
  const batches = useVision((s) => s.batches);
  const openId = useVision((s) => s.openId);
  const open = useVision((s) => s.open);
  const money = useMoney();
  return (
    <nav className="va-batches" aria-label={t('batches.label')}>
      <ul>
        {batches.map((b) => (
          <li key={b.id}>
            <button type="button" className={`va-batch${b.id === openId ? ' is-open' : ''}`} onClick={() => void open(b.id)} aria-current={b.id === openId ? 'true' : undefined}>
              <span className="va-batch-name">{b.name}</span>
              <span className="va-batch-meta">
                <StateBadge state={b.state} />
                <span>{t('batches.count', { count: b.counts.total })}</span>
                <span>{money(b.costMicros)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
