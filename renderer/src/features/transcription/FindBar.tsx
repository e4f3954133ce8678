import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { TxIcon } from './TxIcon';

let input: HTMLInputElement | null = null;

/** Puts the cursor in the open transcript's find field (Ctrl/Cmd+F); false when no transcript is open. */
export function focusFind(): boolean {
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

export interface FindBarProps {
  query: string;
  onQuery: (q: string) => void;
  count: number;
  /** 0-based position of the current match. */
  current: number;
  onStep: (delta: 1 | -1) => void;
}

/** Finds words in this transcript: matches are marked, Enter and the arrows step through them. */
export function FindBar({ query, onQuery, count, current, onStep }: FindBarProps) {
  const ref = useRef<HTMLInputElement>(null);
  const { t } = useTranslation('transcription');
  useEffect(() => {
    input = ref.current;
    return () => {
      input = null;
    };
  }, []);
  const has = query.trim().length > 0;
  return (
    <div className="tx-find" role="search" aria-label={t('find.label')}>
      <TxIcon name="search" size={14} className="tx-find__icon" />
      <input
        ref={ref}
        type="search"
        className="input tx-find__input"
        placeholder={t('find.placeholder')}
        aria-label={t('find.placeholder')}
        value={query}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape' && has) {
            e.preventDefault();
            onQuery('');
          }
        }}
      />
      {has && (
        <span className="tx-find__count" aria-live="polite">
          {count === 0 ? t('find.none') : t('find.position', { current: current + 1, count })}
        </span>
      )}
      <Button variant="ghost" size="sm" iconOnly aria-label={t('find.previous')} disabled={count === 0} icon={<TxIcon name="chevronUp" size={14} />} onClick={() => onStep(-1)} />
      <Button variant="ghost" size="sm" iconOnly aria-label={t('find.next')} disabled={count === 0} icon={<TxIcon name="chevronDown" size={14} />} onClick={() => onStep(1)} />
    </div>
  );
}
