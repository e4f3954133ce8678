import { useTranslation } from 'react-i18next';
import { BudgetWarnings } from '../../components/BudgetWarnings';
import { Button } from '../../components/Button';
import { Spinner } from '../../components/Spinner';
import { cx } from '../../lib/cx';
import { useMoney } from '../../stores/chat/currency';
import { useStudio } from '../../stores/image-studio/studio';
import { useBudgetWarnings } from '../../stores/usage/budgetPreview';
import { errorText } from '../../i18n/errors';

const SHOWN = new Set(['queued', 'running', 'failed', 'interrupted']);

/** Generations in the queue, with their task id, streamed partial images, cancel and one-click retry. */
export function QueueStrip() {
  const { t } = useTranslation('studio');
  const money = useMoney();
  // Generations waiting in a Batch API run are shown by their batch (BatchStrip).
  const generations = useStudio((s) => s.generations).filter((g) => SHOWN.has(g.state) && !(g.batchId && (g.state === 'queued' || g.state === 'running')));
  const partials = useStudio((s) => s.partials);
  const cancel = useStudio((s) => s.cancel);
  const retry = useStudio((s) => s.retry);
  // The soft budgets what the queue still has to spend goes over, beside the work that spends it.
  const pending = generations.filter((g) => g.state === 'queued' || g.state === 'running');
  const warnings = useBudgetWarnings('image_studio', pending.length === 0 ? undefined : pending.some((g) => g.estimateMicros === null) ? null : pending.reduce((n, g) => n + (g.estimateMicros ?? 0), 0));
  if (generations.length === 0) return null;
  return (
    <ul className="st-queue" aria-label={t('queue.title')}>
      {warnings.length > 0 && (
        <li className="st-queue__budget">
          <BudgetWarnings warnings={warnings} />
        </li>
      )}
      {generations.map((g) => (
        <li key={g.id} className={cx('st-job', `st-job--${g.state}`)} data-testid="queue-item" data-state={g.state}>
          <div className="st-job__thumb">
            {partials[g.id] ? <img src={partials[g.id]} alt={t('queue.partial')} /> : g.state === 'running' || g.state === 'queued' ? <Spinner /> : null}
          </div>
          <div className="st-job__body">
            <span className="st-job__prompt" title={g.prompt}>{g.prompt}</span>
            <span className="st-hint">
              {t(`queue.state.${g.state}`)} · {g.model} · {t('queue.images', { count: g.params.n })}
              {g.estimateMicros !== null ? ` · ${t('queue.estimate', { cost: money(g.estimateMicros) })}` : ''}
            </span>
            <span className="st-hint st-job__id">{t('queue.task', { id: (g.jobId ?? g.id).slice(0, 8) })}</span>
            {g.error && <span className="st-job__error">{errorText(g.error)}</span>}
          </div>
          <div className="st-job__actions">
            {(g.state === 'queued' || g.state === 'running') && (
              <Button size="sm" variant="ghost" onClick={() => void cancel(g.id)}>{t('queue.cancel')}</Button>
            )}
            {(g.state === 'failed' || g.state === 'interrupted') && (
              <Button size="sm" variant="primary" onClick={() => void retry(g.id)}>{t('queue.retry')}</Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
