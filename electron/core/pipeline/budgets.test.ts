import { describe, expect, it } from 'vitest';
import type { Budget, BudgetWarning } from '../../../shared/contract';
import type { LedgerRepo } from '../db/repos/ledger';
import { AppFailure } from '../../../shared/errors';
import { createBudgetGuard } from './budgets';

const ledger = (spent: number) => ({ spent: () => spent, spentAll: (filters: unknown[]) => filters.map(() => spent) }) as unknown as LedgerRepo;
const soft: Budget = { id: 'soft', scope: 'overall', target: null, period: 'day', limitMicros: 100, hard: false };
const hard: Budget = { id: 'hard', scope: 'modality', target: 'text', period: 'month', limitMicros: 100, hard: true };
const check = { modality: 'text' as const, scene: 'general_chat', maxCostMicros: 50 };
const money = (m: number) => `$${m}`;

describe('budget guard', () => {
  it('tells the app once per budget and period when a send goes over a soft cap', () => {
    let today = new Date(2026, 10, 28, 12);
    const told: BudgetWarning[] = [];
    const guard = createBudgetGuard(ledger(90), () => [soft], money, () => today, (w) => told.push(w));
    for (let i = 0; i < 8; i++) {
      // Data the renderer words in the interface language; the English message stays for logs.
      expect(guard.admit(check).warnings).toEqual([
        { kind: 'budget_soft', budgetId: 'soft', scope: 'overall', target: null, period: 'day', limitMicros: 100, spentMicros: 90 + (i > 0 ? 50 * i : 0), costMicros: 50, leftMicros: Math.max(0, 10 - 50 * i), message: 'Over the daily overall budget of $100 (soft limit): requests still go through.' },
      ]);
    }
    expect(told).toHaveLength(1);
    today = new Date(2026, 10, 29, 9);
    guard.admit(check);
    expect(told).toHaveLength(2);
  });

  it('previews warnings for the composer without reserving or notifying, hard caps included', () => {
    const told: BudgetWarning[] = [];
    const guard = createBudgetGuard(ledger(90), () => [soft, hard], money, undefined, (w) => told.push(w));
    const previewed = guard.preview(check);
    // A hard cap that would refuse is the one thing worth saying.
    expect(previewed).toHaveLength(1);
    expect(previewed[0]).toMatchObject({ kind: 'budget_hard', scope: 'modality', target: 'text', period: 'month', limitMicros: 100, spentMicros: 90, leftMicros: 10, costMicros: 50 });
    expect(previewed[0]!.message).toMatch(/monthly text & chat budget of \$100 has \$10 left/);
    expect(createBudgetGuard(ledger(90), () => [soft], money).preview(check)[0]).toMatchObject({ kind: 'budget_soft', budgetId: 'soft' });
    expect(told).toHaveLength(0);
    expect(createBudgetGuard(ledger(0), () => [soft], money).preview(check)).toEqual([]);
  });

  it('refuses over a hard cap with the facts the renderer words, and flags an unknown price', () => {
    const guard = createBudgetGuard(ledger(90), () => [hard], money);
    let thrown: unknown;
    try {
      guard.admit(check);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppFailure);
    expect((thrown as AppFailure).code).toBe('budget_exceeded');
    expect((thrown as AppFailure).details).toMatchObject({ reason: 'budget_hard', scope: 'modality', target: 'text', period: 'month', limitMicros: 100, leftMicros: 10, costMicros: 50 });
    const unknown = createBudgetGuard(ledger(0), () => [soft], money).admit({ ...check, maxCostMicros: null });
    expect(unknown.warnings).toEqual([expect.objectContaining({ kind: 'price_unknown' })]);
  });

  it('asks the ledger for the current period of the budgets that apply, as the day, the list or the request changes', () => {
    let today = new Date(2026, 10, 28, 12);
    const asked: unknown[][] = [];
    const spy = { spentAll: (filters: unknown[]) => (asked.push(filters), filters.map(() => 0)) } as unknown as LedgerRepo;
    const scene: Budget = { id: 'scene', scope: 'scene', target: 'support', period: 'day', limitMicros: 1000, hard: true };
    let list = [soft, hard, scene];
    const guard = createBudgetGuard(spy, () => list, money, () => today);
    guard.admit(check).release();
    guard.admit(check).release();
    guard.admit({ ...check, scene: 'support' }).release();
    today = new Date(2026, 11, 1, 9);
    guard.admit(check).release();
    list = [scene];
    guard.admit({ ...check, scene: 'support' }).release();
    expect(asked).toEqual([
      [{ period: 'day', key: '2026-11-28' }, { period: 'month', key: '2026-11', modality: 'text' }],
      [{ period: 'day', key: '2026-11-28' }, { period: 'month', key: '2026-11', modality: 'text' }],
      [{ period: 'day', key: '2026-11-28' }, { period: 'month', key: '2026-11', modality: 'text' }, { period: 'day', key: '2026-11-28', scene: 'support' }],
      [{ period: 'day', key: '2026-12-01' }, { period: 'month', key: '2026-12', modality: 'text' }],
      [{ period: 'day', key: '2026-12-01', scene: 'support' }],
    ]);
  });
});
