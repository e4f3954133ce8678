import type { Budget, BudgetWarning, Warning } from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import { MODALITY_LABELS, type Modality } from '../../../shared/policy';
import type { LedgerRepo, SpendFilter } from '../db/repos/ledger';
import { periodKeysAt } from './periods';
import { memoPerVersion } from './memo';

export interface BudgetCheck {
  modality: Modality;
  scene: string;
  /** Worst case for this request; null when the price is unknown. */
  maxCostMicros: number | null;
}

export type MoneyFormat = (micros: number) => string;

const PERIOD_WORD = { day: 'daily', month: 'monthly' } as const;
const NEXT_PERIOD = { day: 'tomorrow', month: 'next month' } as const;

/** "daily overall budget", "monthly text & chat budget", "daily transcription budget", "daily "support" scene budget". */
export function describeBudget(b: Budget): string {
  const label = b.scope === 'modality' ? MODALITY_LABELS[b.target as Modality]?.toLowerCase() : undefined;
  const what = b.scope === 'overall' ? 'overall' : b.scope === 'modality' ? (label ?? b.target) : `"${b.target}" scene`;
  return `${PERIOD_WORD[b.period]} ${what} budget`;
}

/**
 * Checks every budget that applies before anything is sent: spent so far, plus what requests in
 * flight may still cost, plus this request's worst case. Hard caps refuse; soft caps warn.
 */
export function createBudgetGuard(
  ledger: LedgerRepo,
  budgets: () => Budget[],
  format: MoneyFormat,
  now: () => Date = () => new Date(),
  /** Told once per budget and period when a request goes through over a soft cap (the app notifies the user). */
  onSoftOver: (warning: BudgetWarning, budget: Budget) => void = () => {},
) {
  const inFlight = new Set<BudgetCheck & { micros: number }>();
  const notified = new Map<string, string>();

  const applies = (b: Budget, c: { modality: string; scene: string }) =>
    b.scope === 'overall' || (b.scope === 'modality' && b.target === c.modality) || (b.scope === 'scene' && b.target === c.scene);

  /**
   * The budgets that apply to a request and the ledger filters of their current periods: worked out once
   * per budget list, period and modality/scene (a check runs before every request), not on each.
   */
  const prepared = memoPerVersion<{ applicable: Budget[]; filters: SpendFilter[] }>();
  function applying(list: Budget[], check: BudgetCheck, keys: { day: string; month: string }) {
    return prepared([list, keys.day, keys.month], `${check.modality}\u0000${check.scene}`, () => {
      const applicable = list.filter((b) => applies(b, check));
      const filters = applicable.map((b) => ({
        period: b.period,
        key: keys[b.period],
        ...(b.scope === 'modality' ? { modality: b.target! } : {}),
        ...(b.scope === 'scene' ? { scene: b.target! } : {}),
      }));
      return { applicable, filters };
    });
  }

  /** The budgets this check goes over: soft ones as warnings, the first hard one as the refusal. */
  function assess(check: BudgetCheck): { warnings: Warning[]; refusal: BudgetWarning | null; over: { warning: BudgetWarning; budget: Budget; key: string }[] } {
    const list = budgets();
    if (list.length === 0) return { warnings: [], refusal: null, over: [] };
    const keys = periodKeysAt(now().getTime());
    const cost = check.maxCostMicros ?? 0;
    const warnings: Warning[] = [];
    const over: { warning: BudgetWarning; budget: Budget; key: string }[] = [];
    const { applicable, filters } = applying(list, check, keys);
    const spentEach = ledger.spentAll(filters);
    for (const [i, b] of applicable.entries()) {
      const spent = spentEach[i]!;
      let pending = 0;
      for (const r of inFlight) if (applies(b, r)) pending += r.micros;
      const left = b.limitMicros - spent - pending;
      if (cost <= left && left > 0) continue;
      const name = describeBudget(b);
      const facts = { budgetId: b.id, scope: b.scope, target: b.target, period: b.period, limitMicros: b.limitMicros, spentMicros: spent + pending, costMicros: cost, leftMicros: Math.max(0, left) };
      if (b.hard) {
        const message = `This request could cost up to ${format(cost)}, but the ${name} of ${format(b.limitMicros)} has ${format(Math.max(0, left))} left. Raise it in Settings → Budgets, or wait until ${NEXT_PERIOD[b.period]}.`;
        return { warnings: [], refusal: { kind: 'budget_hard', ...facts, message }, over: [] };
      }
      const warning: BudgetWarning = { kind: 'budget_soft', ...facts, message: `Over the ${name} of ${format(b.limitMicros)} (soft limit): requests still go through.` };
      warnings.push(warning);
      over.push({ warning, budget: b, key: keys[b.period] });
    }
    if (check.maxCostMicros === null) warnings.push({ kind: 'price_unknown', message: 'The price of this model is unknown, so budgets cannot account for it.' });
    return { warnings, refusal: null, over };
  }

  return {
    /** Throws budget_exceeded for a hard cap; returns soft-cap warnings and a release for the reservation. */
    admit(check: BudgetCheck, options: { quiet?: boolean } = {}): { warnings: Warning[]; release: () => void } {
      const { warnings, refusal, over } = assess(check);
      if (refusal) {
        // The facts travel with the error so the renderer can word it in the interface language.
        const { kind, message, ...facts } = refusal;
        throw new AppFailure('budget_exceeded', message, { reason: kind, ...facts, limit: format(facts.limitMicros), left: format(facts.leftMicros), cost: format(facts.costMicros) });
      }
      if (!options.quiet) {
        for (const { warning, budget, key } of over) {
          if (notified.get(budget.id) === key) continue;
          notified.set(budget.id, key);
          onSoftOver(warning, budget);
        }
      }
      const reservation = { ...check, micros: check.maxCostMicros ?? 0 };
      inFlight.add(reservation);
      return { warnings, release: () => inFlight.delete(reservation) };
    },
    /** What a request would meet, without reserving or notifying: soft-cap warnings, and a hard cap's refusal. */
    preview(check: BudgetCheck): Warning[] {
      const { warnings, refusal } = assess(check);
      return refusal ? [refusal] : warnings;
    },
  };
}
export type BudgetGuard = ReturnType<typeof createBudgetGuard>;

