import type { EventPayloads } from '../../../shared/contract';
import type { EventBus } from './events';

type Notice = EventPayloads['app.notify'];

/** Notices kept for a page that was away: enough for a night of finished recordings and batches. */
export const NOTICES_KEPT = 50;

export interface NoticeLog {
  /** The bus every feature emits on: each app.notify leaves it numbered, and is kept. */
  bus: EventBus;
  /** The notices numbered after `after` that are still kept, and the latest number (0 before any). */
  since(after: number | null): { seq: number; notices: Notice[] };
}

/**
 * Numbers and keeps core's notifications. An event is heard only by whoever is connected when it is sent; a
 * browser page whose connection dropped (a laptop asleep, a restarted network) asks for what it missed, so
 * "Transcript ready" reaches the page that was away when the transcript finished.
 */
export function createNoticeLog(inner: EventBus, keep = NOTICES_KEPT): NoticeLog {
  let seq = 0;
  const kept: Notice[] = [];
  return {
    bus: {
      emit(name, payload) {
        if (name !== 'app.notify') return inner.emit(name, payload);
        const numbered = { ...(payload as Notice), seq: ++seq };
        kept.push(numbered);
        if (kept.length > keep) kept.shift();
        inner.emit('app.notify', numbered);
      },
      subscribe: inner.subscribe,
    },
    since(after) {
      return { seq, notices: after === null ? [] : kept.filter((n) => (n.seq ?? 0) > after) };
    },
  };
}
