import { useTranslation } from 'react-i18next';
import type { Budget, BudgetState, Currency } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { Meter, meterTone } from '../../components/Meter';

export interface BudgetRowProps {
  budget: Budget;
  name: string;
  currency: Currency;
  /** Where it stands now, when the usage summary has been read. */
  state: BudgetState | undefined;
  onEdit: () => void;
  onRemove: () => void;
}

export function BudgetRow({ budget, name, currency, state, onEdit, onRemove }: BudgetRowProps) {
  const { t } = useTranslation('settings');
  const limit = formatMoney(budget.limitMicros, currency);
  const tone = state ? meterTone(state.ratio) : 'ok';
  return (
    <li className="budget-row" aria-label={name}>
      <div className={`budget-row__icon budget-row__icon--${budget.hard ? 'hard' : 'soft'}`} aria-hidden="true">
        <Icon name={budget.hard ? 'shield' : 'wallet'} size={16} />
      </div>
      <div className="budget-row__main">
        <div className="row">
          <p className="budget-row__name">{name}</p>
          <Badge tone={budget.hard ? 'accent' : 'neutral'}>{budget.hard ? t('budgetRow.hard') : t('budgetRow.soft')}</Badge>
        </div>
        {state ? (
          <div className="budget-row__state">
            <Meter ratio={state.ratio} tone={tone} label={t('budgetRow.used', { name })} valueText={t('budgetRow.spentOf', { spent: formatMoney(state.spentMicros, currency), limit })} />
            <span className="budget-row__spent">
              {formatMoney(state.spentMicros, currency)} <span className="muted">{budget.period === 'day' ? t('budgetRow.spentToday') : t('budgetRow.spentMonth')}</span>
            </span>
          </div>
        ) : null}
      </div>
      <p className="budget-row__limit">
        {limit}
        <span className="muted">{budget.period === 'day' ? t('budgetRow.perDay') : t('budgetRow.perMonth')}</span>
      </p>
      <div className="budget-row__actions">
        <Button size="sm" variant="ghost" iconOnly aria-label={t('budgetRow.edit', { name })} icon={<Icon name="edit" size={14} />} onClick={onEdit} />
        <Button size="sm" variant="danger-ghost" iconOnly aria-label={t('budgetRow.remove', { name })} icon={<Icon name="trash" size={14} />} onClick={onRemove} />
      </div>
    </li>
  );
}
