import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../shared/contract';
import type { LedgerRepo } from '../db/repos/ledger';
import { createBudgetGuard } from './budgets';

const ledger = (spent: number) => ({ spent: () => spent, spentAll: (filters: unknown[]) => filters.map(() => spent) }) as unknown as LedgerRepo;
const soft: Budget = { id: 'soft', scope: 'overall', target: null, period: 'day', limitMicros: 100, hard: false };
const hard: Budget = { id: 'hard', scope: 'modality', target: 'text', period: 'month', limitMicros: 100, hard: true };
const check = { modality: 'text' as const, scene: 'general_chat', maxCostMicros: 50 };
const money = (m: number) => `$${m}`;

describe('budget guard', () => {
  it('tells the app once per budget and period when a send goes over a soft cap', () => {
    let today = new Date(2026, 10, 28, 12);
    const told: string[] = [];
    const guard = createBudgetGuard(ledger(90), () => [soft], money, () => today, (w) => told.push(w));
    for (let i = 0; i < 8; i++) expect(guard.admit(check).warnings).toEqual(['Over the daily overall budget of $100 (soft limit): requests still go through.']);
    expect(told).toHaveLength(1);
    today = new Date(2026, 10, 29, 9);
    guard.admit(check);
    expect(told).toHaveLength(2);
  });

  it('previews warnings for the composer without reserving or notifying, hard caps included', () => {
    const told: string[] = [];
    const guard = createBudgetGuard(ledger(90), () => [soft, hard], money, undefined, (w) => told.push(w));
    const previewed = guard.preview(check);
    // A hard cap that would refuse is the one thing worth saying.
    expect(previewed).toHaveLength(1);
    expect(previewed[0]).toMatch(/monthly text & chat budget of \$100 has \$10 left/);
    expect(createBudgetGuard(ledger(90), () => [soft], money).preview(check)[0]).toMatch(/soft limit/);
    expect(told).toHaveLength(0);
    expect(createBudgetGuard(ledger(0), () => [soft], money).preview(check)).toEqual([]);
  });
});
