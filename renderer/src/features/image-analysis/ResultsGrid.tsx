import type { VisionItem } from '../../../../shared/contract';
import { thumbSrc } from './results';
import { StateBadge } from './StateBadge';
import { errorText } from '../../i18n/errors';

/** Thumbnails with their state; a click opens the detail. */
export function ResultsGrid({ items, onOpen }: { items: VisionItem[]; onOpen: (id: string) => void }) {
  return (
    <ul className="va-grid" data-testid="vision-results-grid">
      {items.map((i) => (
        <li key={i.id}>
          <button type="button" className={`va-tile is-${i.state}`} onClick={() => onOpen(i.id)} title={errorText(i.error) ?? i.name}>
            {thumbSrc(i) ? <img src={thumbSrc(i)!} alt={i.name} loading="lazy" /> : <span className="va-thumb-missing" aria-hidden="true" />}
            <span className="va-tile-name">{i.name}</span>
            <StateBadge state={i.state} />
          </button>
        </li>
      ))}
    </ul>
  );
}
