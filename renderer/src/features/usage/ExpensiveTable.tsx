import { useTranslation } from 'react-i18next';
import type { UsageRow, UsageSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { sceneLabel, usePipeline } from '../../stores/pipeline';
import { formatCount, formatLatency, timeLabel } from './format';

/** A reply the user stopped (or a call cancelled before it answered) is not a failure. */
const STOPPED = new Set(['stopped', 'cancelled']);

function Badges({ row }: { row: UsageRow }) {
  const { t } = useTranslation('chat');
  const stopped = STOPPED.has(row.outcome);
  const failed = row.outcome !== 'ok' && !stopped;
  if (!failed && !stopped && !row.cached && !row.fallback) return <span className="muted">—</span>;
  return (
    <span className="row expensive__badges">
      {row.cached && <Badge tone="success">Cached</Badge>}
      {row.fallback && <Badge tone="warning" title="The primary model failed; a fallback model answered">Fallback</Badge>}
      {stopped && (
        <Badge tone="neutral" title={t('usage.stoppedTitle')}>
          {t('usage.stopped')}
        </Badge>
      )}
      {failed && (
        <Badge tone="danger" title={`Outcome: ${row.outcome}`}>
          Failed
        </Badge>
      )}
    </span>
  );
}

/** The costliest requests of the period, one row per request (its retries and fallback summed). */
export function ExpensiveTable({ summary }: { summary: UsageSummary }) {
  const scenes = usePipeline((s) => s.scenes);
  return (
    <Card title="Most expensive requests" description="Retries and fallbacks are added to the request they belong to." className="usage__expensive">
      <div className="table-scroll">
        <table className="data-table" aria-label="Most expensive requests">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Scene</th>
              <th scope="col">Model</th>
              <th scope="col" className="num">
                Tokens in / out
              </th>
              <th scope="col" className="num">
                Cost
              </th>
              <th scope="col" className="num">
                Latency
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {summary.mostExpensive.map((r) => (
              <tr key={r.requestId}>
                <td className="nowrap">
                  <time dateTime={r.ts} title={new Date(r.ts).toLocaleString()}>
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
