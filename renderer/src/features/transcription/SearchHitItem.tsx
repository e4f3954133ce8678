import type { TranscriptHit } from '../../../../shared/contract';
import { cx } from '../../lib/cx';
import { clock } from './format';

export interface SearchHitItemProps {
  id: string;
  hit: TranscriptHit;
  selected: boolean;
  onHover: () => void;
  onChoose: () => void;
}

/** One match: the recording, where in it, and the words around it with the match marked (text only, never HTML). */
export function SearchHitItem({ id, hit, selected, onHover, onChoose }: SearchHitItemProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className={cx('tx-hit', selected && 'is-selected')}
      onMouseEnter={onHover}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onChoose}
    >
      <span className="tx-hit__head">
        <span className="tx-hit__name">{hit.name}</span>
        <span className="tx-hit__time">{clock(hit.startMs)}</span>
      </span>
      <span className="tx-hit__snippet">
        {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      </span>
    </li>
  );
}
