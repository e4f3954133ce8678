import { useTranslation } from 'react-i18next';
import type { UsageSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { StatCard } from '../../components/StatCard';
import { formatCount } from './format';

/** Spend, requests, tokens, cache savings and failures for the chosen period. */
export function SummaryCards({ summary }: { summary: UsageSummary }) {
  const { t } = useTranslation('usage');
  const { totals, currency } = summary;
  const perRequest = totals.requests > 0 ? Math.round(totals.costMicros / totals.requests) : 0;
  return (
    <div className="usage__stats">
      <StatCard label={t('stats.spend')} icon="wallet" value={formatMoney(totals.costMicros, currency)} detail={t('stats.perRequest', { amount: formatMoney(perRequest, currency) })} />
      <StatCard label={t('stats.requests')} icon="zap" value={formatCount(totals.requests)} detail={t('stats.attempts', { count: totals.attempts })} />
      <StatCard
        label={t('stats.tokens')}
        icon="layers"
        value={formatCount(totals.inputTokens + totals.outputTokens)}
        detail={t('stats.inOut', { input: formatCount(totals.inputTokens), output: formatCount(totals.outputTokens) })}
      />
      <StatCard
        label={t('stats.savings')}
        icon="database"
        tone={totals.savedMicros > 0 ? 'success' : 'neutral'}
        value={formatMoney(totals.savedMicros, currency)}
        detail={t('stats.cacheHits', { count: totals.cacheHits })}
      />
      <StatCard
        label={t('stats.failures')}
        icon="alertCircle"
        tone={totals.failures > 0 ? 'danger' : 'neutral'}
        value={formatCount(totals.failures)}
        detail={t('stats.ofAttempts', { count: totals.attempts })}
      />
    </div>
  );
}
