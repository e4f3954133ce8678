import { describe, expect, it } from 'vitest';
import { memoPerVersion } from './memo';

describe('memoPerVersion', () => {
  it('works a value out once per key and version, afresh when any source changes, and stays within its cap', () => {
    const memo = memoPerVersion<number>(2);
    let made = 0;
    const make = () => ++made;
    const config = {};
    expect(memo([config, 'day-1'], 'a', make)).toBe(1);
    expect(memo([config, 'day-1'], 'a', make)).toBe(1);
    expect(memo([config, 'day-2'], 'a', make)).toBe(2);
    expect(memo([{}, 'day-2'], 'a', make)).toBe(3);
    const sources = [config, 'day-3'];
    memo(sources, 'a', make);
    memo(sources, 'b', make);
    expect(memo(sources, 'b', make)).toBe(5);
    memo(sources, 'c', make); // a third key: the full map starts over
    expect(memo(sources, 'a', make)).toBe(7);
  });
});
