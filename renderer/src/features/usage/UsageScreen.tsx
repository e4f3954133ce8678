import { ComingSoon } from '../shell/ComingSoon';

export function UsageScreen() {
  return (
    <ComingSoon
      screen="usage"
      icon="chart"
      headline="Every call, every cent"
      summary="A ledger of model calls with their tokens and cost, per day, model and feature — and the budgets that keep spending in check."
      features={['Spending by day, model and screen', 'Budgets that stop a request before it overspends', 'Export the ledger as CSV']}
    />
  );
}
