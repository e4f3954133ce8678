import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { PipelineConfig } from '../../../../shared/contract';
import { CATALOG, CATALOG_DATE, lookupModel } from '../../../../shared/pricing';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { usePipeline } from '../../stores/settings/pipeline';
import { toastSuccess } from '../../stores/shell/toasts';
import { PriceDialog } from './PriceDialog';
import { PRICE_COLUMNS, PriceRow } from './PriceRow';
import { priceLabel } from './price-form';

const catalogDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${CATALOG_DATE}T12:00:00`));

/** The price catalog with the user's overrides, and custom models priced like a catalog one. */
export function PriceCatalogCard({ config }: { config: PipelineConfig }) {
  const { t } = useTranslation('settings');
  const applyNow = usePipeline((s) => s.applyNow);
  const [editing, setEditing] = useState<{ model: string | null } | null>(null);
  const overrides = config.priceOverrides;
  const customIds = Object.keys(overrides).filter((id) => !CATALOG[id]);

  const reset = async (model: string) => {
    const next = { ...overrides };
    delete next[model];
    if (await applyNow({ priceOverrides: next }, t('prices.resetFailed', { model }))) toastSuccess(CATALOG[model] ? t('prices.catalogAgain', { model }) : t('prices.removed', { model }));
  };

  const row = (model: string) => (
    <PriceRow
      key={model}
      model={model}
      catalog={CATALOG[model]?.prices}
      effective={lookupModel(model, overrides)?.info.prices ?? {}}
      override={overrides[model]}
      onEdit={() => setEditing({ model })}
      onReset={() => void reset(model)}
    />
  );

  return (
    <Card
      title={t('prices.title')}
      description={t('prices.description', { date: catalogDate })}
      actions={
        <Button size="sm" icon={<Icon name="plus" size={14} />} onClick={() => setEditing({ model: null })}>
          {t('prices.addCustom')}
        </Button>
      }
    >
      <div className="table-scroll">
        <table className="data-table price-table" aria-label={t('prices.title')}>
          <thead>
            <tr>
              <th scope="col">{t('prices.model')}</th>
              {PRICE_COLUMNS.map((k) => (
                <th key={k} scope="col" className="num">
                  {priceLabel(k)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('prices.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {customIds.map(row)}
            {Object.keys(CATALOG).map(row)}
          </tbody>
        </table>
      </div>
      {editing && <PriceDialog config={config} model={editing.model} onClose={() => setEditing(null)} />}
    </Card>
  );
}
