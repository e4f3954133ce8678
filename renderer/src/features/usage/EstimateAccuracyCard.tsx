import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageSummary } from '../../../../shared/contract';
import { Card } from '../../components/Card';
import { formatNumber } from '../../i18n/format';
import { useVision } from '../../stores/image-analysis/vision';
import { formatCount } from './format';

/** Image analysis: how close the token estimates shown before sending were to what the provider reported. */
export function EstimateAccuracyCard({ summary }: { summary: UsageSummary }) {
  const { t } = useTranslation('vision');
  const accuracy = useVision((s) => s.accuracy);
  const loadAccuracy = useVision((s) => s.loadAccuracy);
  const { from, to } = summary.range;
  useEffect(() => void loadAccuracy(from, to), [from, to, loadAccuracy, summary]);
  if (!accuracy || accuracy.images === 0) return null;
  const diff = accuracy.reportedTokens - accuracy.estimatedTokens;
  const pct = (n: number) => formatNumber(n, { style: 'percent', maximumFractionDigits: 2 });
  return (
    <Card title={t('accuracy.title')} description={t('accuracy.help')}>
      <dl className="usage__accuracy" data-testid="vision-accuracy">
        <div>
          <dt>{t('accuracy.exact')}</dt>
          <dd>{t('accuracy.exactValue', { exact: formatCount(accuracy.exact), images: formatCount(accuracy.images) })}</dd>
        </div>
        <div>
          <dt>{t('accuracy.tokens')}</dt>
          <dd>{t('accuracy.tokensValue', { estimated: formatCount(accuracy.estimatedTokens), reported: formatCount(accuracy.reportedTokens) })}</dd>
        </div>
        <div>
          <dt>{t('accuracy.off')}</dt>
          <dd>{t('accuracy.offValue', { total: pct(Math.abs(diff) / Math.max(1, accuracy.reportedTokens)), worst: pct(accuracy.worstShare) })}</dd>
        </div>
      </dl>
    </Card>
  );
}
