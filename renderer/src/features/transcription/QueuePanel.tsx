import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { BudgetWarnings } from '../../components/BudgetWarnings';
import { Button } from '../../components/Button';
import { useBudgetWarnings } from '../../stores/usage/budgetPreview';
import { useTranscription } from '../../stores/transcription/jobs';
import { hours } from './format';
import { useMoney } from './hooks';
import { JobCard } from './JobCard';
import { TxIcon } from './TxIcon';

/** Every recording, newest first, with the queue's totals and its pause switch. */
export function QueuePanel() {
  const ids = useTranscription(useShallow((s) => s.items.map((r) => r.id)));
  const totals = useTranscription(
    useShallow((s) => ({
      audioMs: s.items.reduce((n, r) => n + (r.durationMs ?? 0), 0),
      cost: s.items.reduce((n, r) => n + r.costMicros, 0),
      active: s.items.filter((r) => r.state !== 'done' && r.state !== 'failed' && r.state !== 'cancelled').length,
      // What the unfinished jobs are still expected to cost.
      remaining: s.items.filter((r) => r.state !== 'done' && r.state !== 'failed' && r.state !== 'cancelled').reduce((n, r) => n + Math.max(0, (r.estimateMicros ?? 0) - r.costMicros), 0),
    })),
  );
  const paused = useTranscription((s) => s.queuePaused);
  const setQueuePaused = useTranscription((s) => s.setQueuePaused);
  const money = useMoney();
  const warnings = useBudgetWarnings('transcription', totals.active > 0 ? totals.remaining : undefined);
  const { t } = useTranslation('transcription');
  return (
    <aside className="tx-queue" aria-label={t('queue.label')}>
      <header className="tx-queue__head">
        <div className="tx-queue__title-row">
          <h2 className="tx-queue__title">{t('queue.title')}</h2>
          <Button
            size="sm"
            variant={paused ? 'primary' : 'ghost'}
            icon={<TxIcon name={paused ? 'play' : 'pause'} size={13} />}
            onClick={() => void setQueuePaused(!paused)}
          >
            {paused ? t('queue.resume') : t('queue.pause')}
          </Button>
        </div>
        <dl className="tx-totals" aria-label={t('queue.totals')}>
          <div>
            <dt>{t('queue.jobs')}</dt>
            <dd>
              {ids.length}
              {totals.active > 0 && <span className="tx-totals__sub">{t('queue.active', { count: totals.active })}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('queue.audio')}</dt>
            <dd>{hours(totals.audioMs)}</dd>
          </div>
          <div>
            <dt>{t('queue.cost')}</dt>
            <dd>{money(totals.cost)}</dd>
          </div>
        </dl>
        {paused && <p className="tx-queue__paused">{t('queue.paused')}</p>}
        <BudgetWarnings warnings={warnings} />
      </header>
      <ul className="tx-queue__list" aria-label={t('queue.recordings')}>
        {ids.map((id) => (
          <JobCard key={id} id={id} />
        ))}
      </ul>
    </aside>
  );
}
