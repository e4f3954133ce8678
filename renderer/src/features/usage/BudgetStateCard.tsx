import { useTranslation } from 'react-i18next';
import type { BudgetState, UsageSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { Meter, meterTone, type MeterTone } from '../../components/Meter';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useNavigation } from '../../stores/shell/navigation';
import { budgetName, usePipeline } from '../../stores/settings/pipeline';

function statusText(b: BudgetState, tone: MeterTone, left: string): string {
  const t = i18n.getFixedT(null, 'usage');
  const used = Number.isFinite(b.ratio) ? t('budgets.used', { percent: formatNumber(b.ratio, { style: 'percent', maximumFractionDigits: 0 }) }) : t('budgets.usedUp');
  if (tone === 'over') return b.budget.hard ? t(b.budget.period === 'day' ? 'budgets.refusedUntilDay' : 'budgets.refusedUntilMonth', { used }) : t('budgets.overSoft', { used });
  return t('budgets.left', { used, left });
}

function BudgetLine({ state, summary }: { state: BudgetState; summary: UsageSummary }) {
  const { t } = useTranslation('usage');
  const tone = meterTone(state.ratio);
  const spent = formatMoney(state.spentMicros, summary.currency);
  const limit = formatMoney(state.budget.limitMicros, summary.currency);
  const left = formatMoney(Math.max(0, state.budget.limitMicros - state.spentMicros), summary.currency);
  const scenes = usePipeline((s) => s.scenes);
  // Our own wording (scene labels, modality names) rather than the core's billing-name one.
  const label = budgetName(state.budget, scenes);
  return (
    <li className={`budget-line budget-line--${tone}`}>
      <div className="budget-line__head">
        <span className="budget-line__label">{label}</span>
        <span className="budget-line__figures">
          {spent} <span className="muted">{t('budgets.of', { limit })}</span>
        </span>
      </div>
      <Meter ratio={state.ratio} tone={tone} label={label} valueText={t('budgets.spentOf', { spent, limit })} />
      <div className="budget-line__foot">
        <Badge tone={state.budget.hard ? 'accent' : 'neutral'} title={state.budget.hard ? t('budgets.hardTitle') : t('budgets.softTitle')}>
          {state.budget.hard ? t('budgets.hard') : t('budgets.soft')}
        </Badge>
        {tone !== 'ok' && <Badge tone={tone === 'over' ? 'danger' : 'warning'}>{tone === 'over' ? t('budgets.over') : t('budgets.near')}</Badge>}
        <p className="budget-line__status">{statusText(state, tone, left)}</p>
      </div>
    </li>
  );
}

/** Where each budget stands in its current day or month (independent of the chosen range). */
export function BudgetStateCard({ summary }: { summary: UsageSummary }) {
  const { t } = useTranslation('usage');
  const navigate = useNavigation((s) => s.navigate);
  const manage = (
    <Button size="sm" variant="ghost" icon={<Icon name="wallet" size={14} />} onClick={() => navigate('settings', 'budgets')}>
      {summary.budgets.length > 0 ? t('budgets.manage') : t('budgets.add')}
    </Button>
  );
  return (
    <Card title={t('budgets.title')} description={t('budgets.description')} actions={manage} className="usage__budgets">
      {summary.budgets.length === 0 ? (
        <p className="muted">{t('budgets.none')}</p>
      ) : (
        <ul className="budget-lines" aria-label={t('budgets.state')}>
          {summary.budgets.map((b) => (
            <BudgetLine key={b.budget.id} state={b} summary={summary} />
          ))}
        </ul>
      )}
    </Card>
  );
}
