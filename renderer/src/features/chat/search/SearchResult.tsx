import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../../shared/contract';
import { cx } from '../../../lib/cx';
import { shortWhen } from '../format';

/** One hit: conversation, who said it, and the snippet with matches in <mark> (segments, never HTML). */
export function SearchResult({ hit, id, selected, onPick, onHover }: { hit: SearchHit; id: string; selected: boolean; onPick: () => void; onHover: () => void }) {
  const { t } = useTranslation('chat');
  return (
    <li id={id} role="option" aria-selected={selected} className={cx('search-hit', selected && 'is-selected')} onMouseDown={(e) => e.preventDefault()} onClick={onPick} onMouseMove={onHover}>
      <div className="search-hit__top">
        <span className="search-hit__title">{hit.conversationTitle}</span>
        <span className="search-hit__meta">
          {t(`search.role.${hit.role === 'user' || hit.role === 'assistant' ? hit.role : 'system'}`)} · {shortWhen(hit.createdAt)}
        </span>
      </div>
      <p className="search-hit__snippet">
        {hit.snippet.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </p>
    </li>
  );
}
