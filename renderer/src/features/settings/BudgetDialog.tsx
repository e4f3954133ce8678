import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { Budget, PipelineConfig } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { MODALITIES } from '../../../../shared/policy';
import { modalityLabel } from '../../lib/format';
import { formatMoney, USD } from '../../../../shared/pricing';
import { Button } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { usePipeline } from '../../stores/settings/pipeline';
import { toastSuccess } from '../../stores/shell/toasts';
import { fromBudgetDraft, toBudgetDraft, type BudgetDraft, type BudgetErrors } from './budget-form';
import { fieldUnder } from './policy-draft';
import { sceneLabel } from '../../lib/builtins';

export interface BudgetDialogProps {
  config: PipelineConfig;
  /** The budget to edit, or null to add one. */
  budget: Budget | null;
  onClose: () => void;
}

export function BudgetDialog({ config, budget, onClose }: BudgetDialogProps) {
  const { t } = useTranslation(['settings', 'common']);
  const update = usePipeline((s) => s.update);
  const scenes = usePipeline((s) => s.scenes);
  const { currency } = config;
  const [draft, setDraft] = useState<BudgetDraft>(() => toBudgetDraft(budget, currency));
  const [errors, setErrors] = useState<BudgetErrors>({});
  const [coreError, setCoreError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const patch = (p: Partial<BudgetDraft>) => {
    setDraft((d) => ({ ...d, ...p }));
    setErrors({});
  };
  const amount = Number(draft.amount);
  const inUsd = currency.code !== 'USD' && draft.amount.trim() !== '' && Number.isFinite(amount) ? formatMoney(Math.round((amount / currency.rate) * 1e6), USD) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = fromBudgetDraft(draft, currency, budget?.id ?? crypto.randomUUID());
    if (!parsed.ok) return setErrors(parsed.errors);
    const budgets = budget ? config.budgets.map((b) => (b.id === budget.id ? parsed.value : b)) : [...config.budgets, parsed.value];
    setBusy(true);
    setCoreError(null);
    const r = await update({ budgets });
    setBusy(false);
    if (r.ok) {
      toastSuccess(budget ? t('budgetDialog.saved') : t('budgetDialog.added'));
      return onClose();
    }
    const index = budgets.findIndex((b) => b.id === parsed.value.id);
    const field = fieldUnder(r.error, `budgets.${index}`);
    if (field === 'limitMicros') setErrors({ amount: r.error.message });
    else if (field === 'target') setErrors({ target: r.error.message });
    else setCoreError(r.error);
  };

  return (
    <Modal
      open
      onClose={onClose}
      title={budget ? t('budgetDialog.edit') : t('budgetDialog.add')}
      description={t('budgetDialog.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="budget-form" loading={busy}>
            {budget ? t('budgetDialog.save') : t('budgetDialog.add')}
          </Button>
        </>
      }
    >
      <form id="budget-form" className="stack" aria-label={budget ? t('budgetDialog.edit') : t('budgetDialog.add')} onSubmit={(e) => void submit(e)} noValidate>
        <ChoiceGroup
          label={t('budgetDialog.appliesTo')}
          value={draft.scope}
          onChange={(scope) => patch({ scope, target: '' })}
          options={[
            { value: 'overall', label: t('budgetDialog.everything') },
            { value: 'modality', label: t('budgetDialog.aModality') },
            { value: 'scene', label: t('budgetDialog.aScene') },
          ]}
        />
        {draft.scope === 'modality' && (
          <Select label={t('budgetDialog.modality')} value={draft.target} onChange={(target) => patch({ target })} error={errors.target}>
            <option value="">{t('budgetDialog.choose')}</option>
            {MODALITIES.map((m) => (
              <option key={m} value={m}>
                {modalityLabel(m)}
              </option>
            ))}
          </Select>
        )}
        {draft.scope === 'scene' && (
          <Select label={t('budgetDialog.scene')} value={draft.target} onChange={(target) => patch({ target })} error={errors.target}>
            <option value="">{t('budgetDialog.choose')}</option>
            {scenes.map((s) => (
              <option key={s.id} value={s.name}>
                {sceneLabel(s)} ({s.name})
              </option>
            ))}
          </Select>
        )}
        <div className="budget-form__row">
          <ChoiceGroup
            label={t('budgetDialog.period')}
            value={draft.period}
            onChange={(period) => patch({ period })}
            options={[
              { value: 'day', label: t('budgetDialog.daily') },
              { value: 'month', label: t('budgetDialog.monthly') },
            ]}
          />
          <NumberField
            label={t('budgetDialog.limit')}
            prefix={currency.symbol.trim()}
            unit={currency.code}
            min={0}
            value={draft.amount}
            onChange={(a) => patch({ amount: a })}
            error={errors.amount}
            help={inUsd ? t('budgetDialog.inUsd', { amount: inUsd, rate: currency.rate, code: currency.code }) : undefined}
            autoFocus
          />
        </div>
        <ChoiceGroup
          label={t('budgetDialog.reached')}
          variant="cards"
          value={draft.hard ? 'hard' : 'soft'}
          onChange={(v) => patch({ hard: v === 'hard' })}
          options={[
            { value: 'soft', label: t('budgetDialog.soft'), description: t('budgetDialog.softDescription'), icon: 'info' },
            { value: 'hard', label: t('budgetDialog.hard'), description: t('budgetDialog.hardDescription'), icon: 'shield' },
          ]}
        />
        {coreError && <ErrorCallout error={coreError} />}
      </form>
    </Modal>
  );
}
