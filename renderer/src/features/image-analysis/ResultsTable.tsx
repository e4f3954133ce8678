import { useTranslation } from 'react-i18next';
import type { VisionItem } from '../../../../shared/contract';
import { useMoney } from '../../stores/chat/currency';
import { cellText, type SortKey } from './results';
import { StateBadge } from './StateBadge';
import { errorText } from '../../i18n/errors';

interface Props {
  items: VisionItem[];
  columns: string[];
  sort: SortKey | null;
  onSort: (s: SortKey | null) => void;
  onOpen: (id: string) => void;
}

/** One row per image, one column per result field; corrected cells are marked. */
export function ResultsTable({ items, columns, sort, onSort, onOpen }: Props) {
  const { t } = useTranslation('vision');
  const money = useMoney();
  const header = (column: string, label: string, num = false) => {
    const active = sort?.column === column;
    return (
      <th key={column} className={num ? 'num' : undefined} aria-sort={active ? (sort!.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="va-sort" onClick={() => onSort(active && sort!.dir === -1 ? null : { column, dir: active ? -1 : 1 })}>
          {label}
          {active ? (sort!.dir === 1 ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="va-table-wrap">
      <table className="va-table va-results-table" data-testid="vision-results-table">
        <thead>
          <tr>
            {header('name', t('results.file'))}
            {header('state', t('results.state'))}
            {columns.map((c) => header(c, c))}
            {header('cost', t('results.cost'), true)}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} onClick={() => onOpen(i.id)} className="va-row-click">
              <td>
                <button type="button" className="va-link" onClick={() => onOpen(i.id)}>
                  {i.name}
                </button>
                {i.folder && <span className="va-muted va-folder">{i.folder}</span>}
              </td>
              <td>
                <StateBadge state={i.state} />
                {i.cached && <span className="va-chip">{t('results.cached')}</span>}
              </td>
              {i.state === 'failed' ? (
                <td colSpan={columns.length} className="va-error">{errorText(i.error)}</td>
              ) : (
                columns.map((c) => (
                  <td key={c} className={c in i.corrections ? 'is-corrected' : undefined} title={c in i.corrections ? t('results.corrected') : undefined}>
                    {cellText(i, c)}
                  </td>
                ))
              )}
              <td className="num">{money(i.costMicros)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
