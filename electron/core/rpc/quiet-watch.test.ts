import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQuietWatch } from './quiet-watch';

afterEach(() => vi.useRealTimers());

describe('quiet watch', () => {
  it('waits for a page to call, then for the calls to go quiet', async () => {
    vi.useFakeTimers();
    const watch = createQuietWatch({ quietMs: 400, latestMs: 6_000, now: () => Date.now() });
    const ran: number[] = [];
    const t0 = Date.now();
    watch.whenQuiet(() => ran.push(Date.now() - t0));
    await vi.advanceTimersByTimeAsync(1_000); // no page yet: not "quiet", just not started
    expect(ran).toEqual([]);
    for (let i = 0; i < 5; i++) {
      watch.noteCall(); // the first screen's calls, 100 ms apart
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(299);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(2);
    expect(ran).toEqual([1_800]); // 400 ms after the last call (at 1,400 ms)
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ran).toHaveLength(1); // once
  });

  it('runs at the latest time when no page ever calls, or calls never stop', async () => {
    vi.useFakeTimers();
    const silent = createQuietWatch({ quietMs: 400, latestMs: 6_000, now: () => Date.now() });
    const busy = createQuietWatch({ quietMs: 400, latestMs: 6_000, now: () => Date.now() });
    const ran: string[] = [];
    silent.whenQuiet(() => ran.push('silent'));
    busy.whenQuiet(() => ran.push('busy'));
    for (let t = 0; t < 5_900; t += 100) {
      busy.noteCall();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(101);
    expect(ran.sort()).toEqual(['busy', 'silent']);
  });
});
