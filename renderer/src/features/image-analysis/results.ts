import { mediaUrl } from '../../api';
import type { VisionItem } from '../../../../shared/contract';

/** A cell as text: corrections win over the model's answer. */
export function cellText(item: VisionItem, column: string): string {
  const v = column in item.corrections ? item.corrections[column] : item.result?.[column];
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

export type SortKey = { column: string; dir: 1 | -1 };

/** Filters by any text (name, folder, values, error) and sorts by a column ('name', 'state', 'cost' or a result field). */
export function visibleItems(items: VisionItem[], columns: string[], filter: string, sort: SortKey | null): VisionItem[] {
  const q = filter.trim().toLowerCase();
  const out = q ? items.filter((i) => [i.name, i.folder, i.state, i.error?.message ?? '', ...columns.map((c) => cellText(i, c))].some((s) => s.toLowerCase().includes(q))) : [...items];
  if (!sort) return out;
  const key = (i: VisionItem): string | number =>
    sort.column === 'name' ? i.name : sort.column === 'state' ? i.state : sort.column === 'cost' ? i.costMicros : ((v) => (v !== '' && !Number.isNaN(Number(v)) ? Number(v) : v))(cellText(i, sort.column));
  return out.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true })) * sort.dir;
  });
}

/** The thumbnail's URL through this host (browser mode serves media below its per-launch secret). */
export const thumbSrc = (item: Pick<VisionItem, 'thumbUrl'>): string | null => (item.thumbUrl ? mediaUrl('attachment', decodeURIComponent(item.thumbUrl.split('/').pop()!)) : null);
