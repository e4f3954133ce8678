/** The budget form: limits are typed in the display currency and stored as micro-dollars. */
import type { Budget, Currency } from '../../../../shared/contract';
import { toMicros } from '../../../../shared/pricing';

export interface BudgetDraft {
  scope: Budget['scope'];
  /** A modality or a scene's billing name; '' for overall. */
  target: string;
  period: Budget['period'];
  /** In the display currency, as typed. */
  amount: string;
  hard: boolean;
}

export type BudgetErrors = Partial<Record<'target' | 'amount', string>>;

/** Display-currency amount of a micro-dollar limit, without float noise ("0.1", not "0.09999999"). */
export const amountOf = (micros: number, c: Currency) => String(Math.round((micros / 1e6) * c.rate * 1e6) / 1e6);

export function toBudgetDraft(b: Budget | null, c: Currency): BudgetDraft {
  if (!b) return { scope: 'overall', target: '', period: 'day', amount: '', hard: false };
  return { scope: b.scope, target: b.target ?? '', period: b.period, amount: amountOf(b.limitMicros, c), hard: b.hard };
}

export function fromBudgetDraft(d: BudgetDraft, c: Currency, id: string): { ok: true; value: Budget } | { ok: false; errors: BudgetErrors } {
  const errors: BudgetErrors = {};
  const amount = Number(d.amount);
  if (d.amount.trim() === '' || !Number.isFinite(amount) || amount < 0) errors.amount = 'Enter an amount of 0 or more.';
  if (d.scope !== 'overall' && !d.target) errors.target = d.scope === 'modality' ? 'Choose a kind of work.' : 'Choose a scene.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { id, scope: d.scope, target: d.scope === 'overall' ? null : d.target, period: d.period, limitMicros: toMicros(amount / c.rate), hard: d.hard },
  };
}
