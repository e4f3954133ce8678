import { useTranslation } from 'react-i18next';
import { Callout } from '../../components/Callout';
import { useLive } from '../../stores/live/live';
import { CaptionList } from './CaptionList';
import { DetachedNotice } from './DetachedNotice';
import { LinkNotice } from './LinkNotice';
import { LiveSetup } from './LiveSetup';
import { LiveStatusBar } from './LiveStatusBar';
import '../../styles/live.css';
import { localizeError } from '../../i18n/errors';

/**
 * The "Record meeting" view inside Transcription: setup, then the live meeting with captions. Its parts
 * are memoised and select their own state: the sent-audio figure here changes ten times a second, and
 * re-rendering every caption that often takes the page's thread from the audio frames it hands on.
 */
export function LivePanel() {
  const { t } = useTranslation('live');
  const phase = useLive((s) => s.phase);
  const error = useLive((s) => s.error);
  const clockOrigin = useLive((s) => s.clockOrigin);
  const sentMs = useLive((s) => Math.round(s.sentMs));
  const systemMissing = useLive((s) => s.systemMissing);
  if (phase === 'setup' || phase === 'starting') return <div className="live"><LiveSetup /></div>;
  return (
    <div className="live live--recording" data-testid="live-panel" data-clock-origin={clockOrigin ?? undefined} data-sent-ms={sentMs}>
      <LiveStatusBar />
      <DetachedNotice />
      <LinkNotice />
      {systemMissing && <Callout tone="info" title={t('noSystemAudio')} className="live-notice" />}
      {error && phase === 'recording' && <Callout tone="error" title={localizeError(error).message}>{localizeError(error).hint}</Callout>}
      <CaptionList />
    </div>
  );
}
