import { Spinner } from '../../components/Spinner';
import { useApp } from '../../stores/app';

/** Browser mode: the WebSocket to the local host dropped; api.ts reconnects by itself unless the address expired. */
export function ReconnectBanner() {
  const state = useApp((s) => (s.everConnected && s.connection !== 'open' ? s.connection : null));
  if (state === null) return null;
  if (state === 'expired') {
    return (
      <div className="banner banner--warning" role="alert">
        <span>
          <strong>Atelier was restarted.</strong> This address is no longer valid: open the new one it printed (the line starting “Atelier ready:”).
        </span>
      </div>
    );
  }
  return (
    <div className="banner banner--warning" role="alert">
      <Spinner size="sm" />
      <span>
        <strong>Reconnecting to Atelier…</strong> Check that it is still running; this page reconnects by itself.
      </span>
    </div>
  );
}
