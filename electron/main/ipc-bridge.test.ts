import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, IPC_EVENT_CHANNEL, ipcChannel, type PushedEvent } from '../../shared/contract';
import type { Sender } from '../core/rpc/dispatcher';
import { isTrustedSenderUrl, judgeSender, registerIpcBridge, type TargetContents } from './ipc-bridge';

describe('isTrustedSenderUrl', () => {
  it.each(['atelier://app/index.html', 'atelier://app/', 'atelier://app/index.html#/settings', 'atelier://app/x?y=1'])('trusts %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(true);
  });

  it.each([
    'atelier://evil/index.html',
    'atelier://app.evil.com/index.html',
    'atelier://app:8080/index.html',
    'atelier://user:pw@app/index.html',
    'atelier://APP/index.html',
    'https://app/index.html',
    'http://127.0.0.1:5173/',
    'file:///work/main/out/renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<script>1</script>',
    'null',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('refuses missing values', () => {
    expect(isTrustedSenderUrl(null)).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
  });
});

describe('judgeSender', () => {
  const frame = { url: 'atelier://app/index.html', isMainFrame: true, detached: false };

  it('trusts the top frame of our window showing the app', () => {
    expect(judgeSender({ contentsId: 3, ours: true, frame })).toEqual({ trusted: true, label: 'desktop window 3' });
  });

  it.each([
    ['another webContents', { ours: false, frame }],
    ['a frame that is gone', { ours: true, frame: null }],
    ['an iframe', { ours: true, frame: { ...frame, isMainFrame: false } }],
    ['a detached frame', { ours: true, frame: { ...frame, detached: true } }],
    ['a foreign document', { ours: true, frame: { ...frame, url: 'https://example.com/' } }],
  ])('refuses %s', (_what, input) => {
    expect(judgeSender({ contentsId: 3, ...input }).trusted).toBe(false);
  });
});

type InvokeHandler = (event: unknown, input: unknown) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, InvokeHandler>();
  const ipcMain = {
    handle: vi.fn((channel: string, fn: InvokeHandler) => void handlers.set(channel, fn)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  let emit: (e: PushedEvent) => void = () => {};
  const unsubscribe = vi.fn();
  const core = {
    handle: vi.fn(async (name: string, input: unknown, sender: Sender) => ({ ok: true as const, value: { name, input, sender } })),
    subscribe: vi.fn((listener: (e: PushedEvent) => void) => {
      emit = listener;
      return unsubscribe;
    }),
  };
  const contents = (id: number, url = 'atelier://app/index.html'): TargetContents & { send: ReturnType<typeof vi.fn>; destroyed: boolean } => {
    const c = { id, destroyed: false, isDestroyed: () => c.destroyed, getURL: () => url, send: vi.fn() };
    return c;
  };
  const win = contents(1);
  const windows: Array<ReturnType<typeof contents>> = [win];
  const dispose = registerIpcBridge({ ipcMain, core, windows: () => windows });
  const invoke = (name: string, sender: { id: number }, senderFrame: unknown, input: unknown = {}) =>
    handlers.get(ipcChannel(name as never))!({ sender, senderFrame }, input);
  const topFrame = { url: 'atelier://app/index.html', parent: null, detached: false };
  return { handlers, ipcMain, core, emit: (e: PushedEvent) => emit(e), unsubscribe, contents, win, windows, dispose, invoke, topFrame };
}

describe('registerIpcBridge', () => {
  it('registers exactly one handler per contract call, on the contract channel', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(CALL_NAMES.map(ipcChannel).sort());
  });

  it('passes a trusted sender to the core for our window', async () => {
    const { invoke, core, win, topFrame } = setup();
    await invoke('app.info', win, topFrame, {});
    expect(core.handle).toHaveBeenCalledWith('app.info', {}, { trusted: true, label: 'desktop window 1' });
  });

  it('marks other webContents, sub-frames and foreign documents untrusted (the core refuses them)', async () => {
    const { invoke, core, win, topFrame } = setup();
    await invoke('app.info', { id: 99 }, topFrame);
    await invoke('app.info', win, { ...topFrame, parent: topFrame });
    await invoke('app.info', win, { ...topFrame, url: 'https://evil.example/' });
    await invoke('app.info', win, null);
    const senders = core.handle.mock.calls.map((c) => c[2]);
    expect(senders.map((s) => s.trusted)).toEqual([false, false, false, false]);
  });

  it('forwards core events to our windows showing the app, and nowhere else', () => {
    const { emit, win, windows, contents } = setup();
    const foreign = contents(2, 'https://evil.example/');
    const closed = contents(3);
    closed.destroyed = true;
    windows.push(foreign, closed);
    const event: PushedEvent = { name: 'data.changed', payload: { topic: 'providers' } };
    emit(event);
    expect(win.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, event);
    expect(foreign.send).not.toHaveBeenCalled();
    expect(closed.send).not.toHaveBeenCalled();
  });

  it('undoes everything on dispose', () => {
    const { dispose, handlers, unsubscribe } = setup();
    dispose();
    expect(handlers.size).toBe(0);
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('registerIpcBridge with a disposed frame', () => {
  it('treats a frame that throws on access as gone', async () => {
    const { invoke, core, win } = setup();
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    await invoke('app.info', win, disposed);
    expect(core.handle.mock.calls[0]![2]).toMatchObject({ trusted: false });
  });
});
