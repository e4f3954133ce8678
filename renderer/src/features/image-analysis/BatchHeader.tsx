import { useTranslation } from 'react-i18next';
import { BudgetWarnings } from '../../components/BudgetWarnings';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { useMoney } from '../../stores/chat/currency';
import { useVision } from '../../stores/image-analysis/vision';
import { useBudgetWarnings } from '../../stores/usage/budgetPreview';
import { ExportMenu } from './ExportMenu';
import { StateBadge } from './StateBadge';
import { errorText } from '../../i18n/errors';
import { formatSpan } from '../../i18n/format';

const ACTIVE = new Set(['queued', 'running', 'waiting_network']);

const eta = (ms: number | null): string | null => (ms === null ? null : formatSpan(ms));

/** Name, state, progress with ETA and cost so far, and pause / resume / cancel. */
export function BatchHeader() {
  const { t } = useTranslation('vision');
  const b = useVision((s) => s.detail!.batch);
  const act = useVision((s) => s.act);
  const money = useMoney();
  const finished = b.counts.done + b.counts.failed + b.counts.skipped;
  const left = eta(b.etaMs);
  // While it runs, the soft budgets what it still has to spend goes over.
  const running = ACTIVE.has(b.state) && b.mode === 'live';
  const warnings = useBudgetWarnings('image_analysis', !running ? undefined : b.estimateMicros === null ? null : Math.max(0, b.estimateMicros - b.costMicros));
  return (
    <header className="va-head">
      <div className="va-head-title">
        <h2>{b.name}</h2>
        <StateBadge state={b.state} />
        {b.mode === 'batch_api' && <span className="va-chip">{t('mode.batchApi')}</span>}
      </div>
      <div className="va-head-stats" data-testid="vision-stats">
        <span>{t('stats.images', { done: finished, total: b.counts.total })}</span>
        {b.counts.failed > 0 && <span className="va-warn">{t('stats.failed', { count: b.counts.failed })}</span>}
        <span>{t('stats.cost', { cost: money(b.costMicros) })}</span>
        {b.estimateMicros !== null && <span className="va-muted">{t('stats.estimate', { cost: money(b.estimateMicros) })}</span>}
        {b.budgetMicros !== null && <span className="va-muted">{t('stats.cap', { cost: money(b.budgetMicros) })}</span>}
        {left && ACTIVE.has(b.state) && <span>{t('stats.eta', { eta: left })}</span>}
        {b.remote && <span className="va-muted">{t('stats.remote', { status: b.remote.status })}</span>}
      </div>
      {b.state !== 'draft' && <ProgressBar value={b.counts.total ? finished / b.counts.total : 0} label={t('stats.progress')} valueText={`${finished}/${b.counts.total}`} />}
      {b.error && <p className="va-error" role="alert">{errorText(b.error)}</p>}
      <BudgetWarnings warnings={warnings} />
      <div className="va-head-actions">
        {ACTIVE.has(b.state) && <Button onClick={() => void act('pause')}>{t('actions.pause')}</Button>}
        {b.state === 'paused' && <Button onClick={() => void act('resume')}>{t('actions.resume')}</Button>}
        {(ACTIVE.has(b.state) || b.state === 'paused') && <Button variant="danger-ghost" onClick={() => void act('cancel')}>{t('actions.cancel')}</Button>}
        {b.state !== 'draft' && <ExportMenu />}
      </div>
    </header>
  );
}
