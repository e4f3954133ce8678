import { describe, expect, it } from 'vitest';
import { Semaphore } from './semaphore';

describe('semaphore', () => {
  it('grants in order up to its limit and hands each released slot to the next waiter', async () => {
    const s = new Semaphore(() => 2);
    const order: number[] = [];
    const releases = await Promise.all([s.acquire(), s.acquire()]);
    const third = s.acquire().then((r) => (order.push(3), r));
    const fourth = s.acquire().then((r) => (order.push(4), r));
    expect(s.waiting).toBe(2);
    releases[0]!();
    releases[0]!(); // releasing twice frees one slot only
    const r3 = await third;
    expect(order).toEqual([3]);
    expect(s.inUse).toBe(2);
    r3();
    (await fourth)();
    releases[1]!();
    expect(s.inUse).toBe(0);
  });

  it('drops an aborted waiter from the line, so the slot goes to the next one', async () => {
    const s = new Semaphore(() => 1);
    const release = await s.acquire();
    const controller = new AbortController();
    const aborted = s.acquire(controller.signal);
    const next = s.acquire();
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'cancelled' });
    expect(s.waiting).toBe(1);
    release();
    const r = await next;
    expect(s.inUse).toBe(1);
    r();
    await expect(s.acquire(controller.signal)).rejects.toMatchObject({ code: 'cancelled' });
    expect(s.inUse).toBe(0);
  });
});
