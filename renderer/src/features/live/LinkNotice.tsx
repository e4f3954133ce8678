import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Callout } from '../../components/Callout';
import { localizeError } from '../../i18n/errors';
import { useLive } from '../../stores/live/live';

/** Why the captions are reconnecting or off, in the interface language; the recording goes on either way. */
export const LinkNotice = memo(function LinkNotice() {
  const { t } = useTranslation('live');
  const status = useLive((s) => s.status);
  if (!status || status.link === 'live' || status.link === 'connecting') return null;
  const off = status.link === 'off';
  const reason = status.error ? localizeError(status.error).message : null;
  let title: string;
  if (off) title = reason ? t('notice.offBecause', { reason }) : t('notice.off');
  else if (status.retryInMs !== null) title = t('notice.retryIn', { count: Math.max(1, Math.round(status.retryInMs / 1000)) });
  else title = t('notice.reconnecting');
  return (
    <Callout tone={off ? 'warning' : 'info'} title={title} className="live-notice">
      {off ? t('notice.offAfter') : t('recordingKept')}
    </Callout>
  );
});
