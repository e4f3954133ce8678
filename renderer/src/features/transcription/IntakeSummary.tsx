import { useTranslation } from 'react-i18next';
import { BudgetWarnings } from '../../components/BudgetWarnings';
import { useBudgetWarnings } from '../../stores/usage/budgetPreview';
import { useTranscriptionIntake } from '../../stores/transcription/intake';
import { intakeTotals } from './estimate';
import { clock } from './format';
import { useMoney, usePriceOverrides } from './hooks';

/** The pre-flight estimate: minutes × the model's price, before anything is sent. */
export function IntakeSummary() {
  const { t: tr } = useTranslation('transcription');
  const files = useTranscriptionIntake((s) => s.files);
  const model = useTranscriptionIntake((s) => s.model?.model ?? null);
  const overrides = usePriceOverrides();
  const money = useMoney();
  const t = intakeTotals(model, files, overrides);
  const warnings = useBudgetWarnings('transcription', t.reading || !model ? undefined : t.unknownPrice ? null : t.micros);
  let cost: string;
  if (t.reading) cost = tr('summary.estimating');
  else if (t.unknownPrice) cost = tr('summary.priceUnknown');
  else cost = t.unknownLength ? tr('summary.atLeast', { amount: money(t.micros) }) : money(t.micros);
  return (
    <>
    <div className="tx-summary" role="group" aria-label={tr('summary.label')}>
      <div>
        <p className="tx-summary__label">{tr('summary.audio')}</p>
        <p className="tx-summary__value">{t.reading && t.durationMs === 0 ? '…' : clock(t.durationMs)}</p>
        <p className="tx-summary__detail">
          {tr('summary.files', { count: files.length })}
          {t.unknownLength ? tr('summary.unknownLength', { count: t.unknownLength }) : ''}
        </p>
      </div>
      <div>
        <p className="tx-summary__label">{tr('summary.cost')}</p>
        <p className="tx-summary__value" data-testid="intake-estimate">
          {cost}
        </p>
        <p className="tx-summary__detail">
          {t.unknownPrice ? tr('summary.noPrice', { model: model ?? tr('summary.thisModel') }) : model ? tr('summary.perMinute', { model }) : tr('summary.chooseModel')}
        </p>
      </div>
    </div>
    <BudgetWarnings warnings={warnings} />
    </>
  );
}
