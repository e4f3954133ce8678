import type { EventName, EventPayloads, PushedEvent } from '../../../shared/contract';

export type EventListener = (event: PushedEvent) => void;

/** The core's outbound event stream; each host forwards it over its own transport. */
export interface EventBus {
  emit<N extends EventName>(name: N, payload: EventPayloads[N]): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      const event = { name, payload } as PushedEvent;
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // A broken transport must not stop other subscribers from hearing about changes.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
