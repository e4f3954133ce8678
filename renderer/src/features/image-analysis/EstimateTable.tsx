import { useTranslation } from 'react-i18next';
import { BudgetWarnings } from '../../components/BudgetWarnings';
import { useBudgetWarnings } from '../../stores/usage/budgetPreview';
import { useMoney } from '../../stores/chat/currency';
import { useVision } from '../../stores/image-analysis/vision';

const n = (x: number) => x.toLocaleString();

/** Tokens and dollars of the whole batch per detail level and per model, before anything is sent. */
export function EstimateTable() {
  const { t } = useTranslation('vision');
  const rows = useVision((s) => s.estimates);
  const options = useVision((s) => s.options);
  const estimating = useVision((s) => s.estimating);
  const money = useMoney();
  const chosenRow = rows.find((r) => r.model === options.model?.model && r.detail === options.detail);
  const planned = chosenRow ? (chosenRow.costMicros === null ? null : options.mode === 'batch_api' ? chosenRow.batchCostMicros ?? chosenRow.costMicros : chosenRow.costMicros) : undefined;
  const warnings = useBudgetWarnings('image_analysis', planned);
  if (rows.length === 0) return <p className="va-muted">{estimating ? t('estimate.working') : t('estimate.none')}</p>;
  const chosen = chosenRow;
  return (
    <div className="va-estimate" data-testid="vision-estimate">
      {chosen && (
        <p className="va-estimate-total">
          {t('estimate.total', { images: chosen.images, tokens: n(chosen.imageTokens + chosen.promptTokens), cost: chosen.costMicros === null ? t('estimate.unknown') : money(options.mode === 'batch_api' ? chosen.batchCostMicros ?? 0 : chosen.costMicros) })}
        </p>
      )}
      <BudgetWarnings warnings={warnings} />
      <table className="va-table">
        <thead>
          <tr>
            <th>{t('estimate.model')}</th>
            <th>{t('estimate.detail')}</th>
            <th className="num">{t('estimate.imageTokens')}</th>
            <th className="num">{t('estimate.promptTokens')}</th>
            <th className="num">{t('estimate.outputTokens')}</th>
            <th className="num">{t('estimate.cost')}</th>
            <th className="num">{t('estimate.batchCost')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.model}|${r.detail}`} className={r === chosen ? 'is-chosen' : undefined}>
              <td>{r.model}</td>
              <td>{t(`detail.${r.detail}`)}</td>
              <td className="num">{r.supported ? n(r.imageTokens) : '—'}</td>
              <td className="num">{n(r.promptTokens)}</td>
              <td className="num">{n(r.outputTokens)}</td>
              <td className="num">{r.costMicros === null ? t('estimate.unknown') : money(r.costMicros)}</td>
              <td className="num">{r.batchCostMicros === null ? '—' : money(r.batchCostMicros)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
