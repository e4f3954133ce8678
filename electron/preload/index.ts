/**
 * The page's only door to the app: one named function per contract call, and a subscription to
 * pushed events. Never ipcRenderer itself, never a generic invoke, never an IpcRendererEvent.
 * Runs sandboxed, so it is bundled (with shared/ and zod) into one CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, EVENT_NAMES, IPC_EVENT_CHANNEL, ipcChannel, type AtelierApi, type CallName, type EventName, type Subscribe } from '../../shared/contract';

function makeCall(name: CallName) {
  const channel = ipcChannel(name);
  // Input is validated in main, against the same contract; the preload only carries it.
  return (input: unknown) => ipcRenderer.invoke(channel, input);
}

const calls = Object.freeze(Object.fromEntries(CALL_NAMES.map((name) => [name, makeCall(name)]))) as unknown as AtelierApi;

type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();
let attached = false;

function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

/** The single ipcRenderer listener; the page gets the payload only. */
function onEvent(_event: IpcRendererEvent, message: unknown): void {
  if (typeof message !== 'object' || message === null) return;
  const { name, payload } = message as { name?: unknown; payload?: unknown };
  if (!isEventName(name)) return;
  for (const listener of [...(listeners.get(name) ?? [])]) {
    try {
      listener(payload);
    } catch (error) {
      // One failing subscriber must not stop the others from hearing the event.
      console.error(`Atelier: a "${name}" listener failed`, error);
    }
  }
}

const subscribe: Subscribe = (name, listener) => {
  if (!isEventName(name)) throw new TypeError(`Unknown event "${String(name)}".`);
  if (typeof listener !== 'function') throw new TypeError('subscribe needs a listener function.');
  // Wrapped so the same function subscribed twice unsubscribes one at a time.
  const entry: Listener = (payload) => (listener as Listener)(payload);
  const set = listeners.get(name) ?? new Set<Listener>();
  set.add(entry);
  listeners.set(name, set);
  if (!attached) {
    ipcRenderer.on(IPC_EVENT_CHANNEL, onEvent);
    attached = true;
  }
  return () => {
    if (!set.delete(entry)) return;
    if (set.size === 0 && listeners.get(name) === set) listeners.delete(name);
    if (listeners.size === 0 && attached) {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, onEvent);
      attached = false;
    }
  };
};

contextBridge.exposeInMainWorld('atelier', { calls, subscribe });
