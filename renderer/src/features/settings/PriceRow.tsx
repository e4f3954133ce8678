import { useTranslation } from 'react-i18next';
import type { ModelPrices, PriceOverride } from '../../../../shared/pricing';
import { cx } from '../../lib/cx';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { formatPrice, type PriceKey } from './price-form';

export const PRICE_COLUMNS: readonly PriceKey[] = ['input', 'cachedInput', 'output', 'perMinute'];

export interface PriceRowProps {
  model: string;
  /** Catalog prices (none for a custom model). */
  catalog: ModelPrices | undefined;
  /** Prices in effect: the catalog's (or the based-on model's) with the override merged in. */
  effective: ModelPrices;
  override: PriceOverride | undefined;
  onEdit: () => void;
  onReset: () => void;
}

/** One model's headline prices; overridden ones are marked and name the catalog price they replace. */
export function PriceRow({ model, catalog, effective, override, onEdit, onReset }: PriceRowProps) {
  const { t } = useTranslation('settings');
  const custom = !catalog;
  return (
    <tr aria-label={model}>
      <th scope="row">
        <span className="price-table__model mono">{model}</span>
        {custom && <Badge tone="accent">{override?.basedOn ? t('prices.customLike', { model: override.basedOn }) : t('prices.custom')}</Badge>}
        {!custom && override && <Badge tone="accent">{t('prices.edited')}</Badge>}
      </th>
      {PRICE_COLUMNS.map((k) => {
        const changed = override?.[k] !== undefined && catalog?.[k] !== override[k];
        return (
          <td key={k} className={cx('num', changed && 'price-table__changed')} title={changed && catalog?.[k] !== undefined ? t('prices.catalog', { price: formatPrice(catalog[k]) }) : undefined}>
            {formatPrice(effective[k])}
          </td>
        );
      })}
      <td className="price-table__actions">
        <Button size="sm" variant="ghost" iconOnly aria-label={t('prices.edit', { model })} icon={<Icon name="edit" size={14} />} onClick={onEdit} />
        {override ? (
          <Button size="sm" variant="ghost" iconOnly aria-label={custom ? t('prices.remove', { model }) : t('prices.reset', { model })} icon={<Icon name={custom ? 'trash' : 'refresh'} size={14} />} onClick={onReset} />
        ) : (
          <span className="price-table__spacer" />
        )}
      </td>
    </tr>
  );
}
