import type { Budget } from '../../../shared/contract';
import { AppFailure } from '../../../shared/errors';
import { MODALITY_LABELS, type Modality } from '../../../shared/policy';
import type { LedgerRepo } from '../db/repos/ledger';
import { periodKeys } from './periods';

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
  onSoftOver: (warning: string, budget: Budget) => void = () => {},
) {
  const inFlight = new Set<BudgetCheck & { micros: number }>();
  const notified = new Map<string, string>();

  const applies = (b: Budget, c: { modality: string; scene: string }) =>
    b.scope === 'overall' || (b.scope === 'modality' && b.target === c.modality) || (b.scope === 'scene' && b.target === c.scene);

  return {
    /** Throws budget_exceeded for a hard cap; returns soft-cap warnings and a release for the reservation. */
    admit(check: BudgetCheck, options: { quiet?: boolean } = {}): { warnings: string[]; release: () => void } {
      const list = budgets();
      if (list.length === 0) return { warnings: [], release: () => {} };
      const keys = periodKeys(now());
      const cost = check.maxCostMicros ?? 0;
      const warnings: string[] = [];
      const applicable = list.filter((b) => applies(b, check));
      const spentEach = ledger.spentAll(
        applicable.map((b) => ({
          period: b.period,
          key: keys[b.period],
          ...(b.scope === 'modality' ? { modality: b.target! } : {}),
          ...(b.scope === 'scene' ? { scene: b.target! } : {}),
        })),
      );
      for (const [i, b] of applicable.entries()) {
        const spent = spentEach[i]!;
        const pending = [...inFlight].filter((r) => applies(b, r)).reduce((n, r) => n + r.micros, 0);
        const left = b.limitMicros - spent - pending;
        if (cost <= left && left > 0) continue;
        const name = describeBudget(b);
        if (b.hard) {
          throw new AppFailure(
            'budget_exceeded',
            `This request could cost up to ${format(cost)}, but the ${name} of ${format(b.limitMicros)} has ${format(Math.max(0, left))} left. Raise it in Settings → Budgets, or wait until ${NEXT_PERIOD[b.period]}.`,
            { budgetId: b.id },
          );
        }
        const warning = `Over the ${name} of ${format(b.limitMicros)} (soft limit): requests still go through.`;
        warnings.push(warning);
        if (!options.quiet && notified.get(b.id) !== keys[b.period]) {
          notified.set(b.id, keys[b.period]);
          onSoftOver(warning, b);
        }
      }
      if (check.maxCostMicros === null) warnings.push('The price of this model is unknown, so budgets cannot account for it.');
      const reservation = { ...check, micros: cost };
      inFlight.add(reservation);
      return { warnings, release: () => inFlight.delete(reservation) };
    },
    /** What a request would meet, without reserving or notifying: soft-cap warnings, and a hard cap's refusal as text. */
    preview(check: BudgetCheck): string[] {
      try {
        const { warnings, release } = this.admit(check, { quiet: true });
        release();
        return warnings;
      } catch (error) {
        if (error instanceof AppFailure && error.code === 'budget_exceeded') return [error.message];
        throw error;
      }
    },
  };
}
export type BudgetGuard = ReturnType<typeof createBudgetGuard>;
