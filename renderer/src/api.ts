/**
 * The only module that touches the transport. In the desktop app the preload script offers one
 * function per contract call; in browser mode the same calls travel over a WebSocket.
 */
import { localizeError } from './i18n/errors';
import {
  CALL_NAMES,
  encodeBinaryFrame,
  hasBytes,
  HTTP_CALL_PATH,
  WS_MAX_FRAME_BYTES,
  WS_PATH,
  type AtelierApi,
  type CallInput,
  type CallName,
  type CallOutput,
  type EventName,
  type EventPayloads,
  type PushedEvent,
  type Subscribe,
  type WsMessage,
} from '../../shared/contract';
import { makeError, type Result } from '../../shared/errors';
import { mediaPath, type MediaKind } from '../../shared/media';

export interface DesktopBridge {
  calls: AtelierApi;
  subscribe: Subscribe;
}

declare global {
  interface Window {
    atelier?: DesktopBridge;
  }
}

/** 'expired': the server answers but refuses this page's secret (Atelier was restarted with a new address). */
export type ConnectionState = 'connecting' | 'open' | 'lost' | 'expired';
type Listener = (payload: never) => void;

function createWebSocketBridge(): DesktopBridge & { onState(cb: (s: ConnectionState) => void): () => void } {
  const base = window.location.pathname.replace(/[^/]*$/, '');
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${base}${WS_PATH}`;
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<Listener>>();
  const stateListeners = new Set<(s: ConnectionState) => void>();
  const queue: (string | Uint8Array)[] = [];
  let socket: WebSocket;
  let nextId = 1;
  let retryMs = 250;

  const setState = (s: ConnectionState) => stateListeners.forEach((cb) => cb(s));
  const lost = () =>
    makeError('offline', 'Lost the connection to Atelier. Check that it is still running; it reconnects by itself.');

  const connect = () => {
    setState('connecting');
    socket = new WebSocket(url);
    socket.onopen = () => {
      retryMs = 250;
      setState('open');
      while (queue.length) socket.send(queue.shift()!);
    };
    socket.onmessage = (e) => {
      let message: WsMessage;
      try {
        message = JSON.parse(String(e.data)) as WsMessage;
      } catch {
        return; // not a frame of ours
      }
      if (message.kind === 'result') {
        if (message.id === null) return; // the server could not read a frame; never one of ours
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else {
        dispatchEvent(message.event);
      }
    };
    socket.onclose = () => {
      for (const resolve of pending.values()) resolve({ ok: false, error: lost() });
      pending.clear();
      setState('lost');
      void stillValid().then((valid) => {
        if (!valid) return setState('expired');
        setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, 5000);
      });
    };
  };

  /** Whether the page's address still works: a restarted Atelier has a new secret and refuses the old one. */
  const stillValid = async () => {
    try {
      const res = await fetch(window.location.pathname, { method: 'HEAD', cache: 'no-store' });
      return res.status !== 403;
    } catch {
      return true; // not reachable at all: keep trying, it may come back
    }
  };

  const dispatchEvent = (event: PushedEvent) => {
    listeners.get(event.name)?.forEach((cb) => (cb as (p: unknown) => void)(event.payload));
  };

  /** A call too big for one WebSocket frame (imports, attachments) goes as one HTTP POST instead. */
  const post = async (name: CallName, input: unknown): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`${base}${HTTP_CALL_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, input }),
        cache: 'no-store',
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: lost() };
    }
  };

  const invoke = (name: CallName, input: unknown) =>
    new Promise<Result<unknown>>((resolve) => {
      if (hasBytes(input)) {
        // Bytes (live audio) travel as one binary frame, never as base64 text.
        const id = nextId++;
        pending.set(id, resolve);
        const binary = encodeBinaryFrame(id, name, input);
        if (socket.readyState === WebSocket.OPEN) socket.send(binary);
        else queue.push(binary);
        return;
      }
      const frame = JSON.stringify({ id: nextId, name, input });
      // A UTF-16 code unit is at most 3 bytes of UTF-8: below this length the frame surely fits.
      if (frame.length > WS_MAX_FRAME_BYTES / 3) return void post(name, input).then(resolve);
      const id = nextId++;
      pending.set(id, resolve);
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
      else queue.push(frame);
    });

  connect();
  const calls = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => invoke(name, input)])) as unknown as AtelierApi;
  return {
    calls,
    subscribe: ((name, listener) => {
      const set = listeners.get(name) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(name, set);
      return () => set.delete(listener as Listener);
    }) as Subscribe,
    onState(cb) {
      stateListeners.add(cb);
      return () => stateListeners.delete(cb);
    },
  };
}

const bridge = window.atelier ?? createWebSocketBridge();

/** Calls one contract entry; always resolves, failures come back as data. */
export function call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>> {
  const fn = bridge.calls[name] as (i: CallInput<N>) => Promise<Result<CallOutput<N>>>;
  return fn(input)
    .catch((error: unknown) => ({ ok: false as const, error: makeError('internal', error instanceof Error ? error.message : undefined) }))
    .then((r) => (r.ok ? r : { ok: false as const, error: localizeError(r.error) }));
}

export function subscribe<N extends EventName>(name: N, listener: (payload: EventPayloads[N]) => void): () => void {
  return bridge.subscribe(name, listener);
}

/** Browser mode only: the WebSocket's state, for a reconnecting banner. The desktop bridge is always open. */
export function onConnectionState(cb: (s: ConnectionState) => void): () => void {
  return 'onState' in bridge ? (bridge as ReturnType<typeof createWebSocketBridge>).onState(cb) : () => {};
}

export const isDesktop = Boolean(window.atelier);

/** URL of a media file served by the host (recordings for playback): atelier://app/media/… or /<secret>/media/…. */
export function mediaUrl(kind: MediaKind, id: string): string {
  const base = window.location.pathname.replace(/[^/]*$/, '');
  return `${window.location.origin}${base.replace(/\/$/, '')}${mediaPath(kind, id)}`;
}
