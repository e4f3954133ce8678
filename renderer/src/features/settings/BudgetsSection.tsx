import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { Budget } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { budgetName, usePipeline } from '../../stores/settings/pipeline';
import { toastError, toastSuccess } from '../../stores/shell/toasts';
import { useUsage } from '../../stores/usage/usage';
import { BudgetDialog } from './BudgetDialog';
import { BudgetRow } from './BudgetRow';
import { PipelineLoading } from './PipelineLoading';
import '../../styles/usage-settings.css';

export function BudgetsSection() {
  const { t } = useTranslation('settings');
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
    if (r.ok) toastSuccess(t('budgets.removed'));
    else toastError(r.error, t('budgets.removeFailed'));
  };

  const add = (
    <Button variant="primary" icon={<Icon name="plus" />} onClick={() => setEditing({ budget: null })}>
      {t('budgets.add')}
    </Button>
  );

  let body;
  if (!config) body = <PipelineLoading />;
  else if (config.budgets.length === 0)
    body = (
      <Card>
        <EmptyState
          icon="wallet"
          title={t('budgets.emptyTitle')}
          description={t('budgets.emptyDescription')}
          actions={add}
        />
      </Card>
    );
  else
    body = (
      <Card>
        <ul className="budget-list" aria-label={t('budgets.listLabel')}>
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
      title={t('budgets.title')}
      description={t('budgets.description', { currency: config?.currency.code ?? t('budgets.yourCurrency') })}
      actions={config && config.budgets.length > 0 ? add : undefined}
    >
      {body}
      {config && editing && <BudgetDialog config={config} budget={editing.budget} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={removing !== null}
        title={t('budgets.removeTitle')}
        confirmLabel={t('budgets.removeConfirm')}
        busy={busy}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      >
        {removing ? t('budgets.removeBody', { name: budgetName(removing, scenes) }) : null}
      </ConfirmDialog>
    </Section>
  );
}
