import { describe, expect, it } from 'vitest';
import { backgroundWorkHeld, holdBackgroundWork } from './backgroundWork';

describe('holding idle background work off', () => {
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
});
