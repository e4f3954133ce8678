import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { UsageSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { Card } from '../../components/Card';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { StackedBarChart } from '../../components/StackedBarChart';
import { useUsage } from '../../stores/usage/usage';
import { chartData, type ChartMetric } from './chart-data';
import { formatCompact, formatCount, formatMoneyTick, rangeLabel } from './format';

const METRICS = ['spend', 'tokens'] as const;

/** Spend (or tokens) per day, stacked by kind of work. */
export function DailyChartCard({ summary }: { summary: UsageSummary }) {
  const { t } = useTranslation('usage');
  const split = useUsage((s) => s.split);
  const [metric, setMetric] = useState<ChartMetric>('spend');
  const { series, columns, byMonth } = chartData(summary, split, metric);
  const { currency } = summary;
  // Money is charted in the display currency so the axis lands on round amounts.
  const toDisplay = (micros: number) => (micros / 1e6) * currency.rate;
  const money = (v: number) => formatMoney(Math.round((v / currency.rate) * 1e6), currency);
  const shown = metric === 'spend' ? columns.map((c) => ({ ...c, values: c.values.map(toDisplay) })) : columns;
  const title = t(metric === 'spend' ? (byMonth ? 'chart.spendByMonth' : 'chart.spendByDay') : byMonth ? 'chart.tokensByMonth' : 'chart.tokensByDay');
  const total = metric === 'spend' ? formatMoney(summary.totals.costMicros, currency) : t('chart.tokenTotal', { value: formatCount(summary.totals.inputTokens + summary.totals.outputTokens) });
  const options = METRICS.map((value) => ({ value, label: t(`chart.${value}`) }));

  return (
    <Card
      title={title}
      description={t('chart.description')}
      actions={<ChoiceGroup label={t('chart.shows')} hideLabel options={options} value={metric} onChange={setMetric} />}
      className="usage__chart"
    >
      <StackedBarChart
        title={t('chart.titleWithRange', { title, range: rangeLabel(summary.range.from, summary.range.to) })}
        summary={t(byMonth ? 'chart.totalOverMonths' : 'chart.totalOverDays', { total, count: columns.length })}
        columnHeader={byMonth ? t('chart.month') : t('chart.day')}
        series={series}
        columns={shown}
        format={metric === 'spend' ? money : formatCount}
        formatTick={metric === 'spend' ? (v, decimals) => formatMoneyTick(v, decimals, currency) : formatCompact}
      />
    </Card>
  );
}
