import { useTranslation } from 'react-i18next';
import type { Warning } from '../../../shared/contract';
import { cx } from '../lib/cx';
import { useWarningWords } from '../lib/useWarningWords';
import { Icon } from './Icon';

/** Budgets a send, a job or a batch would go over, shown where the money is spent (worded here from core's data). */
export function BudgetWarnings({ warnings, className }: { warnings: readonly Warning[]; className?: string }) {
  const { t } = useTranslation('common');
  const word = useWarningWords();
  if (warnings.length === 0) return null;
  const lines = [...new Set(warnings.map(word))];
  return (
    <ul className={cx('budget-warnings', className)} data-testid="budget-warning" aria-label={t('misc.budgetWarnings')}>
      {lines.map((w) => (
        <li key={w}>
          <Icon name="alertCircle" size={12} />
          {w}
        </li>
      ))}
    </ul>
  );
}
