import { useState } from 'react';
import type { UsageSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { Card } from '../../components/Card';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { StackedBarChart } from '../../components/StackedBarChart';
import { useUsage } from '../../stores/usage';
import { chartData, type ChartMetric } from './chart-data';
import { formatCompact, formatCount, rangeLabel } from './format';

const METRICS = [
  { value: 'spend', label: 'Spend' },
  { value: 'tokens', label: 'Tokens' },
] as const;

/** Spend (or tokens) per day, stacked by kind of work. */
export function DailyChartCard({ summary }: { summary: UsageSummary }) {
  const split = useUsage((s) => s.split);
  const [metric, setMetric] = useState<ChartMetric>('spend');
  const { series, columns, byMonth } = chartData(summary, split, metric);
  const { currency } = summary;
  // Money is charted in the display currency so the axis lands on round amounts.
  const toDisplay = (micros: number) => (micros / 1e6) * currency.rate;
  const money = (v: number) => formatMoney(Math.round((v / currency.rate) * 1e6), currency);
  const shown = metric === 'spend' ? columns.map((c) => ({ ...c, values: c.values.map(toDisplay) })) : columns;
  const what = metric === 'spend' ? 'Spend' : 'Tokens';
  const per = byMonth ? 'month' : 'day';
  const total = metric === 'spend' ? formatMoney(summary.totals.costMicros, currency) : `${formatCount(summary.totals.inputTokens + summary.totals.outputTokens)} tokens`;

  return (
    <Card
      title={`${what} by ${per}`}
      description="Stacked by kind of work. Hover a column for exact figures."
      actions={<ChoiceGroup label="Chart shows" hideLabel options={METRICS} value={metric} onChange={setMetric} />}
      className="usage__chart"
    >
      <StackedBarChart
        title={`${what} by ${per}, ${rangeLabel(summary.range.from, summary.range.to)}`}
        summary={`${total} in total over ${columns.length} ${per}s.`}
        columnHeader={byMonth ? 'Month' : 'Day'}
        series={series}
        columns={shown}
        format={metric === 'spend' ? money : formatCount}
        formatTick={metric === 'spend' ? money : formatCompact}
      />
    </Card>
  );
}
