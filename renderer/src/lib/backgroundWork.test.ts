import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundWorkHeld, holdBackgroundWork, runWhenIdle } from './backgroundWork';

describe('holding idle background work off', () => {
  afterEach(() => vi.useRealTimers());

  it('is held while any hold is on, and free once every hold is released', () => {
    expect(backgroundWorkHeld()).toBe(false);
    const meeting = holdBackgroundWork('live meeting');
    const second = holdBackgroundWork('second window');
    expect(backgroundWorkHeld()).toBe(true);
    meeting();
    meeting();
    expect(backgroundWorkHeld()).toBe(true);
    second();
    expect(backgroundWorkHeld()).toBe(false);
  });

  it('runs idle work only once nothing holds it off and the caller is not busy', () => {
    vi.useFakeTimers();
    let busy = true;
    let ran = 0;
    const release = holdBackgroundWork('live meeting');
    runWhenIdle(() => ran++, () => busy);
    vi.advanceTimersByTime(5_000);
    expect(ran).toBe(0);
    release();
    vi.advanceTimersByTime(5_000);
    expect(ran).toBe(0); // still busy (a reply streaming)
    busy = false;
    vi.advanceTimersByTime(1_100);
    expect(ran).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(ran).toBe(1);
  });
});
