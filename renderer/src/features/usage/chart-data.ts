/** Turns a usage summary into the columns and series of the stacked daily chart. */
import type { UsageBucket, UsageSummary } from '../../../../shared/contract';
import { MODALITIES, type Modality } from '../../../../shared/policy';
import { i18n } from '../../i18n';
import { modalityLabel } from '../../lib/format';
import type { ChartColumn, ChartSeries } from '../../components/StackedBarChart';
import type { DaySplit } from '../../stores/usage/usage';
import { dayLabel, daysBetween, dayTick, MODALITY_TONE, monthLabel, monthTick } from './format';

export type ChartMetric = 'spend' | 'tokens';

/** Past this many days the chart shows one column per month. */
export const MAX_DAY_COLUMNS = 92;


function valueOf(b: UsageBucket | undefined, metric: ChartMetric): number {
  if (!b) return 0;
  return metric === 'spend' ? b.costMicros : b.inputTokens + b.outputTokens;
}

export function chartData(summary: UsageSummary, split: DaySplit | null, metric: ChartMetric): { series: ChartSeries[]; columns: ChartColumn[]; byMonth: boolean } {
  const present = new Set(summary.byModality.map((b) => b.key));
  const modalities = MODALITIES.filter((m) => present.has(m));
  const series: ChartSeries[] = split ? modalities.map((m) => ({ key: m, label: modalityLabel(m), tone: MODALITY_TONE[m] })) : [{ key: 'all', label: i18n.t('usage:chart.all'), tone: 6 }];
  const totals = new Map(summary.byDay.map((b) => [b.key, b]));
  const valuesFor = (day: string): number[] =>
    split ? modalities.map((m: Modality) => valueOf(split[day]?.[m], metric)) : [valueOf(totals.get(day), metric)];

  const days = daysBetween(summary.range.from, summary.range.to);
  if (days.length <= MAX_DAY_COLUMNS) {
    return { series, byMonth: false, columns: days.map((day) => ({ key: day, label: dayLabel(day), tick: dayTick(day), values: valuesFor(day) })) };
  }
  const months = new Map<string, number[]>();
  for (const day of days) {
    const month = day.slice(0, 7);
    const sum = months.get(month) ?? series.map(() => 0);
    valuesFor(day).forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
    months.set(month, sum);
  }
  return { series, byMonth: true, columns: [...months].map(([month, values]) => ({ key: month, label: monthLabel(month), tick: monthTick(month), values })) };
}
