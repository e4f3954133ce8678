import { useEffect } from 'react';
import { create } from 'zustand';
import type { BudgetedWork, Warning } from '../../../../shared/contract';
import { call, subscribe } from '../../api';

const NONE: Warning[] = [];
const keyOf = (work: BudgetedWork, micros: number | null) => `${work}|${micros ?? 'unknown'}`;

interface BudgetPreviewState {
  /** "work|micros" → the budgets that spend would go over (empty when none). */
  warnings: Record<string, Warning[]>;
  check(work: BudgetedWork, maxCostMicros: number | null): Promise<void>;
  /** Budgets or spend changed: every answer is stale. */
  clear(): void;
}

/** Soft-budget warnings for planned transcription, image analysis and image studio spend (budgets.preview). */
export const useBudgetPreview = create<BudgetPreviewState>()((set) => ({
  warnings: {},
  async check(work, maxCostMicros) {
    const r = await call('budgets.preview', { work, maxCostMicros });
    if (r.ok) set((s) => ({ warnings: { ...s.warnings, [keyOf(work, maxCostMicros)]: r.value } }));
  },
  clear: () => set({ warnings: {} }),
}));

/** The budgets a planned spend would go over, asked again when the amount, the budgets or the spend change. */
export function useBudgetWarnings(work: BudgetedWork, maxCostMicros: number | null | undefined): Warning[] {
  const key = maxCostMicros === undefined ? null : keyOf(work, maxCostMicros);
  const warnings = useBudgetPreview((s) => (key ? s.warnings[key] ?? NONE : NONE));
  const known = useBudgetPreview((s) => key !== null && key in s.warnings);
  useEffect(() => {
    if (maxCostMicros !== undefined && !known) void useBudgetPreview.getState().check(work, maxCostMicros);
  }, [work, maxCostMicros, known]);
  return warnings;
}

/** Spend and budget changes make earlier previews stale. */
export function watchBudgetPreview(): () => void {
  return subscribe('data.changed', ({ topic }) => {
    if (topic === 'usage' || topic === 'pipeline') useBudgetPreview.getState().clear();
  });
}
