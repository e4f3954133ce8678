import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive } from '../../stores/live/live';
import { clock } from '../transcription/format';

/** Captions as they arrive: partial text in grey, replaced by the completed turn; kept scrolled to the end. */
export const CaptionList = memo(function CaptionList() {
  const { t } = useTranslation('live');
  const captions = useLive((s) => s.captions);
  const status = useLive((s) => s.status);
  const end = useRef<HTMLDivElement>(null);
  // Braces matter: scrollIntoView returns a Promise in current Chromium, and an effect's return value is its cleanup.
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [captions]);
  return (
    <div className="live-captions" data-testid="live-captions" aria-live="polite">
      {captions.length === 0 && <p className="live-captions__empty">{status?.link === 'live' ? t('listening') : t('waiting')}</p>}
      {captions.map((c) => (
        <p key={c.itemId} className={c.final ? 'live-caption' : 'live-caption is-partial'} data-final={c.final} data-testid="live-caption">
          <span className="live-caption__time">{c.startMs === null ? '' : clock(c.startMs)}</span>
          <span className="live-caption__text">{c.text || '…'}</span>
        </p>
      ))}
      <div ref={end} />
    </div>
  );
});
