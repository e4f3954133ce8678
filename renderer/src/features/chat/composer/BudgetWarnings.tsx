import { BudgetWarnings as Warnings } from '../../../components/BudgetWarnings';
import type { Warning } from '../../../../../shared/contract';
import { useChatComposer } from '../../../stores/chat/composer';

const NONE: Warning[] = [];

/** Budgets the next send would go over, under the composer. */
export function BudgetWarnings() {
  const warnings = useChatComposer((s) => s.estimate?.warnings ?? NONE);
  return <Warnings warnings={warnings} className="composer__budget" />;
}
