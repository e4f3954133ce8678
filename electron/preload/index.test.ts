import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, IPC_EVENT_CHANNEL, ipcChannel } from '../../shared/contract';

type Handler = (event: unknown, message: unknown) => void;

// A stand-in for Electron's preload modules (the binary is not needed to test the bridge's shape).
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Set<Handler>(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
}));

vi.mock('electron', () => {
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
    ipcRenderer: {
      invoke: bridge.invoke,
      on: (channel: string, fn: Handler) => channel === IPC_EVENT_CHANNEL && bridge.listeners.add(fn),
      removeListener: (_channel: string, fn: Handler) => bridge.listeners.delete(fn),
    },
  };
});

interface Exposed {
  calls: Record<string, (input: unknown) => Promise<unknown>>;
  subscribe: (name: string, listener: (payload: unknown) => void) => () => void;
}

let api: Exposed;
const push = (message: unknown) => [...bridge.listeners].forEach((fn) => fn({ sender: 'ipc-event', ports: [] }, message));

beforeAll(async () => {
  await import('./index');
  api = bridge.exposed.get('atelier') as Exposed;
});

describe('preload', () => {
  it('exposes only "atelier", with calls and subscribe', () => {
    expect([...bridge.exposed.keys()]).toEqual(['atelier']);
    expect(Object.keys(api).sort()).toEqual(['calls', 'subscribe']);
  });

  it('has exactly one function per contract call and nothing generic', () => {
    expect(Object.keys(api.calls).sort()).toEqual([...CALL_NAMES].sort());
    for (const fn of Object.values(api.calls)) expect(typeof fn).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api.calls).not.toHaveProperty('invoke');
  });

  it('invokes the contract channel of the call with the input, and nothing else', async () => {
    const result = await api.calls['app.info']!({});
    expect(bridge.invoke).toHaveBeenLastCalledWith(ipcChannel('app.info'), {});
    expect(result).toEqual({ ok: true, value: { channel: ipcChannel('app.info'), input: {} } });
  });

  it('delivers only the payload of the subscribed event, never the IPC event object', () => {
    const got: unknown[] = [];
    const off = api.subscribe('data.changed', (p) => got.push(p));
    push({ name: 'job.progress', payload: { queue: 'q' } });
    push({ name: 'data.changed', payload: { topic: 'providers' } });
    push('garbage');
    push({ name: 'not.an.event', payload: 1 });
    expect(got).toEqual([{ topic: 'providers' }]);
    off();
  });

  it('uses a single IPC listener for all subscriptions and removes it when the last one goes', () => {
    const a = api.subscribe('data.changed', () => {});
    const b = api.subscribe('stream.delta', () => {});
    expect(bridge.listeners.size).toBe(1);
    a();
    expect(bridge.listeners.size).toBe(1);
    b();
    expect(bridge.listeners.size).toBe(0);
  });

  it('unsubscribes one subscription at a time, idempotently', () => {
    const got: number[] = [];
    const listener = () => got.push(1);
    const first = api.subscribe('data.changed', listener);
    const second = api.subscribe('data.changed', listener);
    first();
    first();
    push({ name: 'data.changed', payload: { topic: 'settings' } });
    expect(got).toEqual([1]);
    second();
    push({ name: 'data.changed', payload: { topic: 'settings' } });
    expect(got).toEqual([1]);
  });

  it('keeps other listeners running when one throws', () => {
    const got: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const a = api.subscribe('data.changed', () => {
      throw new Error('boom');
    });
    const b = api.subscribe('data.changed', () => got.push('b'));
    push({ name: 'data.changed', payload: { topic: 'vault' } });
    expect(got).toEqual(['b']);
    a();
    b();
    error.mockRestore();
  });

  it('refuses unknown events and non-function listeners', () => {
    expect(() => api.subscribe('nope', () => {})).toThrow(TypeError);
    expect(() => api.subscribe('data.changed', 'x' as never)).toThrow(TypeError);
  });
});
