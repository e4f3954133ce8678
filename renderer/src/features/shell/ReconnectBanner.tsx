import { Spinner } from '../../components/Spinner';
import { useApp } from '../../stores/app';

/** Browser mode: the WebSocket to the local host dropped; api.ts reconnects by itself. */
export function ReconnectBanner() {
  const lost = useApp((s) => s.everConnected && s.connection !== 'open');
  if (!lost) return null;
  return (
    <div className="banner banner--warning" role="alert">
      <Spinner size="sm" />
      <span>
        <strong>Reconnecting to Atelier…</strong> Check that it is still running; this page reconnects by itself.
      </span>
    </div>
  );
}
