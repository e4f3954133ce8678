import { create } from 'zustand';
import type { AppInfo } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { call, onConnectionState, type ConnectionState } from '../../api';

interface AppState {
  info: AppInfo | null;
  infoError: AppError | null;
  connection: ConnectionState;
  /** Whether the transport has ever been open; "reconnecting" only makes sense after that. */
  everConnected: boolean;
  shortcutsOpen: boolean;
  /** Every domain has been read once (the shell shows data-app-state="ready"). */
  ready: boolean;
  load(): Promise<void>;
  setShortcutsOpen(open: boolean): void;
}

export const useApp = create<AppState>()((set) => ({
  info: null,
  infoError: null,
  connection: 'connecting',
  everConnected: false,
  shortcutsOpen: false,
  ready: false,
  async load() {
    const r = await call('app.info', {});
    set(r.ok ? { info: r.value, infoError: null } : { infoError: r.error });
  },
  setShortcutsOpen(open) {
    set({ shortcutsOpen: open });
  },
}));

/** Tracks the browser-mode WebSocket; calls onReconnect after a drop so stores can catch up on missed events. */
export function watchConnection(onReconnect: () => void): () => void {
  return onConnectionState((state) => {
    const { everConnected, connection } = useApp.getState();
    useApp.setState({ connection: state, everConnected: everConnected || state === 'open' });
    if (state === 'open' && everConnected && connection !== 'open') onReconnect();
  });
}
