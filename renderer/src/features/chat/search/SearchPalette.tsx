import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../../../components/ErrorCallout';
import { Icon } from '../../../components/Icon';
import { KeyboardShortcut } from '../../../components/KeyboardShortcut';
import { Modal } from '../../../components/Modal';
import { Spinner } from '../../../components/Spinner';
import { useChatSearch } from '../../../stores/chat/search';
import { SearchResult } from './SearchResult';

/** Ctrl/Cmd+K: search every message; arrows choose, Enter opens the conversation at that message. */
export function SearchPalette() {
  const { open, query, hits, answered, searching, error, selected } = useChatSearch();
  const { hide, setQuery, move, select, choose } = useChatSearch.getState();
  const listId = useId();
  const { t } = useTranslation('chat');
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void choose();
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  const done = answered === query && !searching;

  return (
    <Modal open={open} onClose={hide} title={t('search.title')} size="lg" className="search-palette">
      <div className="search-palette__field">
        <Icon name="search" size={16} />
        <input
          className="search-palette__input"
          role="combobox"
          aria-label={t('search.title')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits.length ? optionId(selected) : undefined}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          data-autofocus
        />
        {searching && <Spinner size="sm" label={t('search.searching')} />}
      </div>
      {error && <ErrorCallout error={error} />}
      <ul ref={listRef} id={listId} role="listbox" aria-label={t('search.results')} className="search-palette__results">
        {hits.map((hit, i) => (
          <SearchResult key={hit.messageId} hit={hit} id={optionId(i)} selected={i === selected} onPick={() => void choose(i)} onHover={() => i !== selected && select(i)} />
        ))}
      </ul>
      {done && query.trim() && hits.length === 0 && !error && <p className="search-palette__empty">{t('search.none', { query: query.trim() })}</p>}
      <div className="search-palette__hints" aria-hidden="true">
        <span>
          <KeyboardShortcut keys={['↑', '↓']} /> {t('search.choose')}
        </span>
        <span>
          <KeyboardShortcut keys={['Enter']} /> {t('search.open')}
        </span>
        <span>
          <KeyboardShortcut keys={['Esc']} /> {t('search.close')}
        </span>
      </div>
    </Modal>
  );
}
