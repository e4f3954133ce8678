import { useTranslation } from 'react-i18next';
import { BudgetWarnings } from '../../components/BudgetWarnings';
import { Spinner } from '../../components/Spinner';
import { ProgressBar } from '../../components/ProgressBar';
import { cx } from '../../lib/cx';
import { useTranscription } from '../../stores/transcription/jobs';
import { useTranscriptionDetail } from '../../stores/transcription/detail';
import { useBudgetWarnings } from '../../stores/usage/budgetPreview';
import { ChunkStrip } from './ChunkStrip';
import { JobActions } from './JobActions';
import { JobMeta } from './JobMeta';
import { cardProgress, jobFraction, jobStatus } from './status';
import { TxIcon } from './TxIcon';
import { errorText } from '../../i18n/errors';

/** One recording in the queue: status, progress, chunk cells, time and money, actions. */
export function JobCard({ id }: { id: string }) {
  const r = useTranscription((s) => s.items.find((i) => i.id === id));
  const chunks = useTranscription((s) => s.chunks[id]);
  const queuePaused = useTranscription((s) => s.queuePaused);
  const selected = useTranscriptionDetail((s) => s.openId === id);
  const open = useTranscriptionDetail((s) => s.open);
  const { t } = useTranslation('transcription');
  // While it runs, the soft budgets what it still has to spend goes over (a price unknown says so).
  const warnings = useBudgetWarnings('transcription', r?.state !== 'running' ? undefined : r.estimateMicros === null ? null : Math.max(0, r.estimateMicros - r.costMicros));
  if (!r) return null;
  const status = jobStatus(r, queuePaused);
  const fraction = jobFraction(r);
  const shows = cardProgress(r);
  return (
    <li>
      <article
        className={cx('tx-job', `tx-job--${status.tone}`, selected && 'is-selected')}
        aria-label={r.name}
        data-state={r.state}
        onClick={(e) => {
          if (!(e.target as HTMLElement).closest('button, a, input')) void open(id);
        }}
      >
        <div className="tx-job__top">
          <span className={cx('tx-job__icon', `tone-${status.tone}`)}>{status.active ? <Spinner size="sm" /> : <TxIcon name={status.icon} size={15} />}</span>
          <button type="button" className="tx-job__name" aria-current={selected || undefined} onClick={() => void open(id)} title={r.name}>
            {r.name}
          </button>
          <JobActions recording={r} />
        </div>
        <p className={cx('tx-job__status', `tone-${status.tone}`)} role="status">
          {status.label}
        </p>
        {r.state === 'failed' && r.error && <p className="tx-job__error">{errorText(r.error)}</p>}
        {shows.bar && (
          <ProgressBar
            size="sm"
            value={fraction}
            label={t('queue.progressOf', { name: r.name })}
            valueText={r.chunks.total ? t('queue.chunksDone', { done: r.chunks.done, total: r.chunks.total }) : undefined}
            tone={status.tone === 'danger' ? 'danger' : status.tone === 'warning' ? 'warning' : status.tone === 'neutral' ? 'neutral' : 'accent'}
          />
        )}
        {shows.chunks && <ChunkStrip recording={r} chunks={chunks} compact />}
        <BudgetWarnings warnings={warnings} className="tx-job__budget" />
        <JobMeta recording={r} />
      </article>
    </li>
  );
}
