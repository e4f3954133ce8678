import { useTranslation } from 'react-i18next';
import { Spinner } from '../../components/Spinner';
import { useApp } from '../../stores/shell/app';

/** Browser mode: the WebSocket to the local host dropped; api.ts reconnects by itself unless the address expired. */
export function ReconnectBanner() {
  const state = useApp((s) => (s.everConnected && s.connection !== 'open' ? s.connection : null));
  const { t } = useTranslation('shell');
  if (state === null) return null;
  if (state === 'expired') {
    return (
      <div className="banner banner--warning" role="alert">
        <span>
          <strong>{t('banner.restartedTitle')}</strong> {t('banner.restartedText')}
        </span>
      </div>
    );
  }
  return (
    <div className="banner banner--warning" role="alert">
      <Spinner size="sm" />
      <span>
        <strong>{t('banner.reconnectingTitle')}</strong> {t('banner.reconnectingText')}
      </span>
    </div>
  );
}
