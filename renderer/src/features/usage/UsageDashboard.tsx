import type { UsageSummary } from '../../../../shared/contract';
import { BreakdownCard } from './BreakdownCard';
import { BudgetStateCard } from './BudgetStateCard';
import { DailyChartCard } from './DailyChartCard';
import { EstimateAccuracyCard } from './EstimateAccuracyCard';
import { ExpensiveTable } from './ExpensiveTable';
import { SummaryCards } from './SummaryCards';

/** The Usage screen with data: headline figures, the daily chart, breakdowns, budgets, costliest requests. */
export function UsageDashboard({ summary }: { summary: UsageSummary }) {
  return (
    <>
      <SummaryCards summary={summary} />
      <DailyChartCard summary={summary} />
      <div className="usage__pair">
        <BreakdownCard summary={summary} />
        <BudgetStateCard summary={summary} />
      </div>
      <EstimateAccuracyCard summary={summary} />
      <ExpensiveTable summary={summary} />
    </>
  );
}
