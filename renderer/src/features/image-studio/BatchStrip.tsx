import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { cx } from '../../lib/cx';
import { useMoney } from '../../stores/chat/currency';
import { useStudio } from '../../stores/image-studio/studio';
import { errorText } from '../../i18n/errors';

/** Batch API runs: the draft being collected (send or discard it), sent batches with the provider's ids and progress, the last finished one. */
export function BatchStrip() {
  const { t } = useTranslation('studio');
  const money = useMoney();
  const all = useStudio((s) => s.batches);
  const send = useStudio((s) => s.sendBatch);
  const cancel = useStudio((s) => s.cancelBatch);
  const open = all.filter((b) => b.state === 'draft' || b.state === 'queued' || b.state === 'submitted');
  const lastDone = all.find((b) => b.state === 'done' || b.state === 'failed');
  const shown = [...open, ...(lastDone ? [lastDone] : [])].filter((b) => b.generations > 0 || b.state !== 'draft');
  if (shown.length === 0) return null;
  return (
    <ul className="st-queue" aria-label={t('batch.title')}>
      {shown.map((b) => (
        <li key={b.id} className={cx('st-job', `st-job--batch-${b.state}`)} data-testid="batch-item" data-state={b.state}>
          <div className="st-job__body">
            <span className="st-job__prompt">
              {t(`batch.state.${b.state}`)} · {t('batch.count', { count: b.generations })}
            </span>
            <span className="st-hint">
              {b.state === 'done'
                ? t('batch.cost', { cost: money(b.costMicros) })
                : b.estimateMicros !== null
                  ? t('batch.estimate', { cost: money(b.estimateMicros) })
                  : t('batch.unknown')}
              {b.remote && ` · ${t('batch.progress', { done: b.remote.completed, failed: b.remote.failed, total: b.remote.total, status: b.remote.status })}`}
            </span>
            {b.remote?.batchId && (
              <span className="st-hint st-job__id" title={[b.remote.inputFileId, b.remote.outputFileId, b.remote.errorFileId].filter(Boolean).join(' · ')}>
                {t('batch.remote', { id: b.remote.batchId })}
              </span>
            )}
            {b.error && <span className="st-job__error">{errorText(b.error)}</span>}
          </div>
          <div className="st-job__actions">
            {b.state === 'draft' && (
              <>
                <Button size="sm" variant="ghost" onClick={() => void cancel(b.id)}>{t('batch.discard')}</Button>
                <Button size="sm" variant="primary" onClick={() => void send(b.id)}>{t('batch.send')}</Button>
              </>
            )}
            {(b.state === 'queued' || b.state === 'submitted') && (
              <Button size="sm" variant="ghost" onClick={() => void cancel(b.id)}>{t('batch.cancel')}</Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
