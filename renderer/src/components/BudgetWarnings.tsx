import { useTranslation } from 'react-i18next';
import { cx } from '../lib/cx';
import { Icon } from './Icon';

/** Budgets a send, a job or a batch would go over, shown where the money is spent (worded by core, like its errors). */
export function BudgetWarnings({ warnings, className }: { warnings: readonly string[]; className?: string }) {
  const { t } = useTranslation('common');
  if (warnings.length === 0) return null;
  return (
    <ul className={cx('budget-warnings', className)} data-testid="budget-warning" aria-label={t('misc.budgetWarnings')}>
      {warnings.map((w) => (
        <li key={w}>
          <Icon name="alertCircle" size={12} />
          {w}
        </li>
      ))}
    </ul>
  );
}
