import { useTranslation } from 'react-i18next';
import type { UsageRow, UsageSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { formatDateTime } from '../../i18n/format';
import { sceneLabel, usePipeline } from '../../stores/settings/pipeline';
import { formatCount, formatLatency, timeLabel } from './format';

/** A reply the user stopped (or a call cancelled before it answered) is not a failure. */
const STOPPED = new Set(['stopped', 'cancelled']);

function Badges({ row }: { row: UsageRow }) {
  const { t } = useTranslation(['usage', 'chat']);
  const stopped = STOPPED.has(row.outcome);
  const failed = row.outcome !== 'ok' && !stopped;
  if (!failed && !stopped && !row.cached && !row.fallback) return <span className="muted">—</span>;
  return (
    <span className="row expensive__badges">
      {row.cached && <Badge tone="success">{t('expensive.cached')}</Badge>}
      {row.fallback && (
        <Badge tone="warning" title={t('expensive.fallbackTitle')}>
          {t('expensive.fallback')}
        </Badge>
      )}
      {stopped && (
        <Badge tone="neutral" title={t('chat:usage.stoppedTitle')}>
          {t('chat:usage.stopped')}
        </Badge>
      )}
      {failed && (
        <Badge tone="danger" title={t('expensive.outcome', { outcome: row.outcome })}>
          {t('expensive.failed')}
        </Badge>
      )}
    </span>
  );
}

/** The costliest requests of the period, one row per request (its retries and fallback summed). */
export function ExpensiveTable({ summary }: { summary: UsageSummary }) {
  const { t } = useTranslation('usage');
  const scenes = usePipeline((s) => s.scenes);
  return (
    <Card title={t('expensive.title')} description={t('expensive.description')} className="usage__expensive">
      <div className="table-scroll">
        <table className="data-table" aria-label={t('expensive.title')}>
          <thead>
            <tr>
              <th scope="col">{t('expensive.time')}</th>
              <th scope="col">{t('expensive.scene')}</th>
              <th scope="col">{t('expensive.model')}</th>
              <th scope="col" className="num">
                {t('expensive.tokens')}
              </th>
              <th scope="col" className="num">
                {t('expensive.cost')}
              </th>
              <th scope="col" className="num">
                {t('expensive.latency')}
              </th>
              <th scope="col">{t('expensive.status')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.mostExpensive.map((r) => (
              <tr key={r.requestId}>
                <td className="nowrap">
                  <time dateTime={r.ts} title={formatDateTime(r.ts)}>
                    {timeLabel(r.ts)}
                  </time>
                </td>
                <td className="nowrap">
                  <span className="data-table__primary">{sceneLabel(scenes, r.scene)}</span>
                </td>
                <td className="mono nowrap">{r.model}</td>
                <td className="num nowrap">
                  {formatCount(r.inputTokens)} <span className="muted">/</span> {formatCount(r.outputTokens)}
                </td>
                <td className="num nowrap data-table__primary">{formatMoney(r.costMicros, summary.currency)}</td>
                <td className="num nowrap">{formatLatency(r.latencyMs)}</td>
                <td>
                  <Badges row={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
