import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { useChatComposer } from '../../../stores/chatComposer';

const NONE: string[] = [];

/** Budgets the next send would go over, shown where the money is spent (worded by core, like its errors). */
export function BudgetWarnings() {
  const warnings = useChatComposer((s) => s.estimate?.warnings ?? NONE);
  const { t } = useTranslation('chat');
  if (warnings.length === 0) return null;
  return (
    <ul className="composer__budget" data-testid="budget-warning" aria-label={t('editor.budgetWarnings')}>
      {warnings.map((w) => (
        <li key={w}>
          <Icon name="alertCircle" size={12} />
          {w}
        </li>
      ))}
    </ul>
  );
}
