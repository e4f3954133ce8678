import type { BudgetState, UsageSummary } from '../../../../shared/contract';
import { formatMoney } from '../../../../shared/pricing';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { Meter, meterTone, type MeterTone } from '../../components/Meter';
import { useNavigation } from '../../stores/navigation';
import { budgetName, usePipeline } from '../../stores/pipeline';

const NEXT = { day: 'tomorrow', month: 'next month' } as const;

function statusText(b: BudgetState, tone: MeterTone, left: string): string {
  const pct = Number.isFinite(b.ratio) ? `${Math.round(b.ratio * 100)}% used` : 'Used up';
  if (tone === 'over') return b.budget.hard ? `${pct} · requests it covers are refused until ${NEXT[b.budget.period]}` : `${pct} · over the soft limit; requests still go through with a warning`;
  if (tone === 'near') return `${pct} · ${left} left`;
  return `${pct} · ${left} left`;
}

function BudgetLine({ state, summary }: { state: BudgetState; summary: UsageSummary }) {
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
          {spent} <span className="muted">of {limit}</span>
        </span>
      </div>
      <Meter ratio={state.ratio} tone={tone} label={label} valueText={`${spent} of ${limit}`} />
      <div className="budget-line__foot">
        <Badge tone={state.budget.hard ? 'accent' : 'neutral'} title={state.budget.hard ? 'Refuses requests before anything is sent' : 'Warns, never refuses'}>
          {state.budget.hard ? 'Hard' : 'Soft'}
        </Badge>
        {tone !== 'ok' && <Badge tone={tone === 'over' ? 'danger' : 'warning'}>{tone === 'over' ? 'Over' : 'Near limit'}</Badge>}
        <p className="budget-line__status">{statusText(state, tone, left)}</p>
      </div>
    </li>
  );
}

/** Where each budget stands in its current day or month (independent of the chosen range). */
export function BudgetStateCard({ summary }: { summary: UsageSummary }) {
  const navigate = useNavigation((s) => s.navigate);
  const manage = (
    <Button size="sm" variant="ghost" icon={<Icon name="wallet" size={14} />} onClick={() => navigate('settings', 'budgets')}>
      {summary.budgets.length > 0 ? 'Manage' : 'Add a budget'}
    </Button>
  );
  return (
    <Card title="Budgets" description="Today and this month, whatever the range above." actions={manage} className="usage__budgets">
      {summary.budgets.length === 0 ? (
        <p className="muted">No budgets yet. Daily or monthly caps — overall, per kind of work or per scene — warn you or stop a request before it is sent.</p>
      ) : (
        <ul className="budget-lines" aria-label="Budget state">
          {summary.budgets.map((b) => (
            <BudgetLine key={b.budget.id} state={b} summary={summary} />
          ))}
        </ul>
      )}
    </Card>
  );
}
