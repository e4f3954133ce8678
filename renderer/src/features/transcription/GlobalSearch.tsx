import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Spinner } from '../../components/Spinner';
import { useTranscriptionSearch } from '../../stores/transcription/search';
import { SearchHitItem } from './SearchHitItem';
import { TxIcon } from './TxIcon';

let input: HTMLInputElement | null = null;

/** Puts the cursor in the search across all transcripts (Ctrl/Cmd+K). */
export function focusGlobalSearch(): void {
  input?.focus();
  input?.select();
}

/** Search across every transcript; picking a hit opens that recording at that segment. */
export function GlobalSearch() {
  const listId = useId();
  const { t } = useTranslation('transcription');
  const ref = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const { open, query, hits, answered, searching, error, selected } = useTranscriptionSearch(
    useShallow((s) => ({ open: s.open, query: s.query, hits: s.hits, answered: s.answered, searching: s.searching, error: s.error, selected: s.selected })),
  );
  const { setOpen, setQuery, move, select, choose } = useTranscriptionSearch.getState();
  const showPanel = open && query.trim().length > 0;

  useEffect(() => {
    input = ref.current;
    return () => {
      input = null;
    };
  }, []);
  useEffect(() => {
    if (!showPanel) return;
    const onDown = (e: MouseEvent) => {
      if (!boxRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [showPanel, setOpen]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void choose();
    } else if (e.key === 'Escape' && showPanel) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="tx-search" ref={boxRef}>
      <TxIcon name="search" size={15} className="tx-search__icon" />
      <input
        ref={ref}
        type="search"
        className="input tx-search__input"
        placeholder={t('find.searchAll')}
        aria-label={t('find.searchAll')}
        role="combobox"
        aria-expanded={showPanel}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPanel && hits[selected] ? `${listId}-${selected}` : undefined}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
      />
      {searching && <Spinner size="sm" />}
      {showPanel && (
        <div className="tx-search__panel">
          <ul id={listId} role="listbox" aria-label={t('find.matches')} className="tx-search__list">
            {hits.map((hit, i) => (
              <SearchHitItem key={`${hit.recordingId}-${hit.idx}`} id={`${listId}-${i}`} hit={hit} selected={i === selected} onHover={() => select(i)} onChoose={() => void choose(i)} />
            ))}
          </ul>
          {error && <p className="tx-search__note tx-search__note--error">{error.message}</p>}
          {!error && !searching && answered === query && hits.length === 0 && <p className="tx-search__note">{t('find.noMention', { query: query.trim() })}</p>}
        </div>
      )}
    </div>
  );
}
