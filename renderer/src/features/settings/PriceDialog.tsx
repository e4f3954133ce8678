import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { PipelineConfig } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { CATALOG, catalogIdFor, normalizeModelId } from '../../../../shared/pricing';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { NumberField } from '../../components/NumberField';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { usePipeline } from '../../stores/settings/pipeline';
import { toastSuccess } from '../../stores/shell/toasts';
import { fieldUnder } from './policy-draft';
import { formatPrice, fromPriceDraft, PRICE_KEYS, priceKeysFor, priceLabel, toPriceDraft, type PriceDraft, type PriceKey } from './price-form';

export interface PriceDialogProps {
  config: PipelineConfig;
  /** A catalog or custom model id to edit, or null to add a custom model. */
  model: string | null;
  onClose: () => void;
}

/** Overrides a model's prices (USD per 1M tokens, or per minute), or adds a custom model based on a catalog one. */
export function PriceDialog({ config, model, onClose }: PriceDialogProps) {
  const { t } = useTranslation(['settings', 'common']);
  const update = usePipeline((s) => s.update);
  const existing = model ? config.priceOverrides[model] : undefined;
  const custom = model === null || !CATALOG[model];
  const [id, setId] = useState(model ?? '');
  const [basedOn, setBasedOn] = useState(existing?.basedOn ?? '');
  const [draft, setDraft] = useState<PriceDraft>(() => toPriceDraft(existing));
  const [errors, setErrors] = useState<PriceDraft & { id?: string }>({});
  const [coreError, setCoreError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const base = custom ? (basedOn ? catalogIdFor(basedOn) : undefined) : model!;
  const keys = priceKeysFor(base);
  const catalogPrices = base ? CATALOG[base]?.prices : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const key = custom ? normalizeModelId(id) : model!;
    if (custom && !key) return setErrors({ id: t('prices.enterId') });
    if (custom && model === null && (CATALOG[key] || config.priceOverrides[key])) return setErrors({ id: t('prices.listed', { model: key }) });
    const parsed = fromPriceDraft(draft, keys, custom && basedOn ? basedOn : null);
    if (!parsed.ok) return setErrors(parsed.errors);
    if (custom && Object.keys(parsed.value).length === 0) return setErrors({ id: t('prices.givePrice') });
    const overrides = { ...config.priceOverrides };
    if (model && model !== key) delete overrides[model];
    if (Object.keys(parsed.value).length > 0) overrides[key] = parsed.value;
    else delete overrides[key];
    setBusy(true);
    setCoreError(null);
    const r = await update({ priceOverrides: overrides });
    setBusy(false);
    if (r.ok) {
      toastSuccess(t('prices.savedFor', { model: key }));
      return onClose();
    }
    const field = fieldUnder(r.error, `priceOverrides.${key}`);
    if (field && PRICE_KEYS.has(field)) setErrors({ [field]: r.error.message });
    else if (r.error.details?.field === 'priceOverrides') setErrors({ id: r.error.message });
    else setCoreError(r.error);
  };

  const title = model === null ? t('prices.addCustom') : t('prices.dialogTitle', { model });
  return (
    <Modal
      open
      onClose={onClose}
      title={title}
      description={t('prices.dialogDescription')}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="price-form" loading={busy}>
            {t('prices.save')}
          </Button>
        </>
      }
    >
      <form id="price-form" className="stack" aria-label={title} onSubmit={(e) => void submit(e)} noValidate>
        {custom && (
          <div className="price-form__custom">
            <TextField label={t('prices.modelId')} value={id} onChange={setId} mono disabled={model !== null} error={errors.id} placeholder="my-azure-gpt-5-deployment" autoFocus={model === null} />
            <Select label={t('prices.pricedLike')} value={basedOn} onChange={setBasedOn} help={t('prices.pricedLikeHelp')}>
              <option value="">{t('prices.noCatalog')}</option>
              {Object.keys(CATALOG).map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </Select>
          </div>
        )}
        <div className="price-form__grid">
          {keys.map((k: PriceKey) => (
            <NumberField
              key={k}
              label={priceLabel(k)}
              prefix="$"
              unit={k === 'perMinute' ? t('prices.perMin') : '/ 1M'}
              min={0}
              value={draft[k] ?? ''}
              placeholder={catalogPrices?.[k] !== undefined ? String(catalogPrices[k]) : t('prices.notPriced')}
              onChange={(v) => {
                setDraft((d) => ({ ...d, [k]: v }));
                setErrors({});
              }}
              error={errors[k]}
              help={catalogPrices?.[k] !== undefined ? t('prices.catalog', { price: formatPrice(catalogPrices[k]) }) : undefined}
            />
          ))}
        </div>
        {coreError && <ErrorCallout error={coreError} />}
      </form>
    </Modal>
  );
}
