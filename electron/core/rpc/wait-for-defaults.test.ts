import { describe, expect, it } from 'vitest';
import type { Handlers } from './dispatcher';
import { waitForDefaults } from './wait-for-defaults';

const fakeHandlers = (seen: string[]) =>
  new Proxy({}, { get: (_t, name: string) => () => { seen.push(name); return name; } }) as unknown as Handlers;

describe('waitForDefaults', () => {
  it('holds a send until the start-up model list is read, and lets other calls through at once', async () => {
    const seen: string[] = [];
    let finish!: () => void;
    const handlers = waitForDefaults({ ...collect(fakeHandlers(seen)) }, new Promise<void>((r) => { finish = r; }));
    const send = Promise.resolve(handlers['chat.send']({} as never, {} as never));
    handlers['chat.list']({} as never, {} as never);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['chat.list']);
    finish();
    await expect(send).resolves.toBe('chat.send');
    expect(seen).toEqual(['chat.list', 'chat.send']);
  });

  it('goes ahead after the wait when the model list never comes (offline start)', async () => {
    const seen: string[] = [];
    const handlers = waitForDefaults(collect(fakeHandlers(seen)), new Promise(() => {}), 30);
    await expect(Promise.resolve(handlers['chat.send']({} as never, {} as never))).resolves.toBe('chat.send');
  });

  it('goes ahead when reading the model list failed', async () => {
    const seen: string[] = [];
    const handlers = waitForDefaults(collect(fakeHandlers(seen)), Promise.reject(new Error('offline')));
    await expect(Promise.resolve(handlers['live.start']({} as never, {} as never))).resolves.toBe('live.start');
  });
});

/** A plain object with every call the wrapper touches, taken from the proxy. */
function collect(proxy: Handlers): Handlers {
  const names = ['chat.send', 'chat.regenerate', 'chat.estimate', 'chat.list', 'transcription.add', 'vision.estimate', 'vision.start', 'vision.compare', 'live.start'] as const;
  return Object.fromEntries(names.map((n) => [n, proxy[n]])) as unknown as Handlers;
}
