import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../shared/contract';
import type { Handlers } from './dispatcher';
import { PICKS_DEFAULT_MODEL, waitForDefaults } from './wait-for-defaults';

/** Handlers for every gated call plus one that is not; each records its name when it runs. */
function fakeHandlers(seen: string[]): Handlers {
  const names: CallName[] = [...PICKS_DEFAULT_MODEL, 'chat.list'];
  return Object.fromEntries(names.map((n) => [n, () => (seen.push(n), n)])) as unknown as Handlers;
}
const run = (handlers: Handlers, name: CallName) => Promise.resolve((handlers[name] as (i: unknown, c: unknown) => unknown)({}, {}));

describe('waitForDefaults', () => {
  it('holds a send until the start-up model list is read, and lets other calls through at once', async () => {
    const seen: string[] = [];
    let finish!: () => void;
    const handlers = waitForDefaults(fakeHandlers(seen), new Promise<void>((r) => { finish = r; }));
    const send = run(handlers, 'chat.send');
    await run(handlers, 'chat.list');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['chat.list']);
    finish();
    await expect(send).resolves.toBe('chat.send');
    expect(seen).toEqual(['chat.list', 'chat.send']);
  });

  it('goes ahead after the wait when the model list never comes (offline start)', async () => {
    const handlers = waitForDefaults(fakeHandlers([]), new Promise(() => {}), 30);
    await expect(run(handlers, 'chat.send')).resolves.toBe('chat.send');
  });

  it('goes ahead when reading the model list failed', async () => {
    const handlers = waitForDefaults(fakeHandlers([]), Promise.reject(new Error('offline')));
    await expect(run(handlers, 'live.start')).resolves.toBe('live.start');
  });
});
