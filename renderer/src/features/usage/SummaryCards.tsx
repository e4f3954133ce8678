import type { UsageSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { StatCard } from '../../components/StatCard';
import { plural } from '../../lib/format';
import { formatCount } from './format';

/** Spend, requests, tokens, cache savings and failures for the chosen period. */
export function SummaryCards({ summary }: { summary: UsageSummary }) {
  const { totals, currency } = summary;
  const perRequest = totals.requests > 0 ? Math.round(totals.costMicros / totals.requests) : 0;
  return (
    <div className="usage__stats">
      <StatCard label="Spend" icon="wallet" value={formatMoney(totals.costMicros, currency)} detail={`${formatMoney(perRequest, currency)} per request`} />
      <StatCard label="Requests" icon="zap" value={formatCount(totals.requests)} detail={plural(totals.attempts, 'attempt')} />
      <StatCard
        label="Tokens"
        icon="layers"
        value={formatCount(totals.inputTokens + totals.outputTokens)}
        detail={`${formatCount(totals.inputTokens)} in · ${formatCount(totals.outputTokens)} out`}
      />
      <StatCard
        label="Cache savings"
        icon="database"
        tone={totals.savedMicros > 0 ? 'success' : 'neutral'}
        value={formatMoney(totals.savedMicros, currency)}
        detail={plural(totals.cacheHits, 'cache hit')}
      />
      <StatCard
        label="Failures"
        icon="alertCircle"
        tone={totals.failures > 0 ? 'danger' : 'neutral'}
        value={formatCount(totals.failures)}
        detail={`of ${plural(totals.attempts, 'attempt')}`}
      />
    </div>
  );
}
