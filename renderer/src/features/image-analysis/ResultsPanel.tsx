import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextField } from '../../components/TextField';
import { useVision } from '../../stores/image-analysis/vision';
import { ItemDetail } from './ItemDetail';
import { ResultsGrid } from './ResultsGrid';
import { ResultsTable } from './ResultsTable';
import { visibleItems, type SortKey } from './results';

/** Results as a table (one column per field) or a grid of thumbnails, filtered and sorted; a row opens its detail. */
export function ResultsPanel() {
  const { t } = useTranslation('vision');
  const detail = useVision((s) => s.detail!);
  const [view, setView] = useState<'table' | 'grid'>('table');
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortKey | null>(null);
  const [openItem, setOpenItem] = useState<string | null>(null);
  const items = visibleItems(detail.items, detail.columns, filter, sort);
  const item = detail.items.find((i) => i.id === openItem) ?? null;
  return (
    <div className="va-results">
      <div className="va-results-bar">
        <TextField label={t('results.filter')} placeholder={t('results.filterPlaceholder')} value={filter} onChange={setFilter} type="search" />
        <ChoiceGroup
          label={t('results.view')}
          value={view}
          hideLabel
          onChange={setView}
          options={[
            { value: 'table' as const, label: t('results.table') },
            { value: 'grid' as const, label: t('results.grid') },
          ]}
        />
        <span className="va-muted">{t('results.showing', { shown: items.length, total: detail.items.length })}</span>
      </div>
      {view === 'table' ? (
        <ResultsTable items={items} columns={detail.columns} sort={sort} onSort={setSort} onOpen={setOpenItem} />
      ) : (
        <ResultsGrid items={items} onOpen={setOpenItem} />
      )}
      {item && <ItemDetail item={item} columns={detail.columns} onClose={() => setOpenItem(null)} />}
    </div>
  );
}
