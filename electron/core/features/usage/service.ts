import type { Budget, Currency, UsageSummary } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { LedgerRepo } from '../../db/repos/ledger';
import type { UsageQueries } from '../../db/repos/usage-queries';
import { describeBudget } from '../../pipeline/budgets';
import { periodKeys } from '../../pipeline/periods';
import { ledgerCsv } from './csv';

const MAX_RANGE_DAYS = 366 * 3;

function checkRange(from: string, to: string) {
  if (from > to) throw new AppFailure('invalid_input', 'The start date is after the end date.', { field: 'from' });
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > MAX_RANGE_DAYS) throw new AppFailure('invalid_input', 'Choose a range of at most three years.', { field: 'from' });
}

export function createUsageService(deps: { queries: UsageQueries; ledger: LedgerRepo; budgets: () => Budget[]; currency: () => Currency }) {
  const { queries, ledger } = deps;
  return {
    summary(from: string, to: string): UsageSummary {
      checkRange(from, to);
      const keys = periodKeys(new Date());
      const budgets = deps.budgets().map((budget) => {
        const spentMicros = ledger.spent({
          period: budget.period,
          key: keys[budget.period],
          ...(budget.scope === 'modality' ? { modality: budget.target! } : {}),
          ...(budget.scope === 'scene' ? { scene: budget.target! } : {}),
        });
        return { budget, label: describeBudget(budget), spentMicros, ratio: budget.limitMicros > 0 ? spentMicros / budget.limitMicros : spentMicros > 0 ? Infinity : 0 };
      });
      return {
        range: { from, to },
        totals: queries.totals(from, to),
        byDay: queries.grouped('day', from, to),
        byModel: queries.grouped('model', from, to),
        byScene: queries.grouped('scene', from, to),
        byModality: queries.grouped('modality', from, to),
        byDayModality: queries.byDayModality(from, to),
        mostExpensive: queries.mostExpensive(from, to),
        budgets,
        currency: deps.currency(),
      };
    },
    exportCsv(from: string, to: string): { filename: string; csv: string } {
      checkRange(from, to);
      return { filename: `atelier-usage-${from}-to-${to}.csv`, csv: ledgerCsv(queries.entries(from, to)) };
    },
  };
}
