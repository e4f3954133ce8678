import { useEffect, useState } from 'react';
import type { Budget } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { budgetName, usePipeline } from '../../stores/pipeline';
import { toastError, toastSuccess } from '../../stores/toasts';
import { useUsage } from '../../stores/usage';
import { BudgetDialog } from './BudgetDialog';
import { BudgetRow } from './BudgetRow';
import { PipelineLoading } from './PipelineLoading';
import '../../styles/usage-settings.css';

export function BudgetsSection() {
  const config = usePipeline((s) => s.config);
  const scenes = usePipeline((s) => s.scenes);
  const update = usePipeline((s) => s.update);
  const states = useUsage((s) => s.summary?.budgets);
  const loadUsage = useUsage((s) => s.load);
  const [editing, setEditing] = useState<{ budget: Budget | null } | null>(null);
  const [removing, setRemoving] = useState<Budget | null>(null);
  const [busy, setBusy] = useState(false);

  // Budget state (spent today / this month) comes with the usage summary.
  useEffect(() => {
    void loadUsage();
  }, [loadUsage]);

  const remove = async (b: Budget) => {
    if (!config) return;
    setBusy(true);
    const r = await update({ budgets: config.budgets.filter((x) => x.id !== b.id) });
    setBusy(false);
    setRemoving(null);
    if (r.ok) toastSuccess('Budget removed');
    else toastError(r.error, 'Could not remove the budget');
  };

  const add = (
    <Button variant="primary" icon={<Icon name="plus" />} onClick={() => setEditing({ budget: null })}>
      Add budget
    </Button>
  );

  let body;
  if (!config) body = <PipelineLoading />;
  else if (config.budgets.length === 0)
    body = (
      <Card>
        <EmptyState
          icon="wallet"
          title="No budgets yet"
          description="Cap what Atelier may spend per day or month — overall, per kind of work or per scene. Soft budgets warn; hard budgets refuse a request before anything is sent."
          actions={add}
        />
      </Card>
    );
  else
    body = (
      <Card>
        <ul className="budget-list" aria-label="Budgets">
          {config.budgets.map((b) => (
            <BudgetRow
              key={b.id}
              budget={b}
              name={budgetName(b, scenes)}
              currency={config.currency}
              state={states?.find((s) => s.budget.id === b.id)}
              onEdit={() => setEditing({ budget: b })}
              onRemove={() => setRemoving(b)}
            />
          ))}
        </ul>
      </Card>
    );

  return (
    <Section
      title="Budgets"
      description={`Daily and monthly caps, shown in ${config?.currency.code ?? 'your currency'}. Checked before every request against what was spent plus what the request could cost at most.`}
      actions={config && config.budgets.length > 0 ? add : undefined}
    >
      {body}
      {config && editing && <BudgetDialog config={config} budget={editing.budget} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this budget?"
        confirmLabel="Remove budget"
        busy={busy}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {removing ? `${budgetName(removing, scenes)} stops applying at once. Spending already recorded stays in the ledger.` : null}
      </ConfirmDialog>
    </Section>
  );
}
