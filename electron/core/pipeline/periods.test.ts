import { describe, expect, it } from 'vitest';
import { periodKeys, periodKeysAt } from './periods';

describe('period keys', () => {
  it('are local day and month keys, the same answer all day, new ones from local midnight', () => {
    const evening = new Date(2026, 0, 31, 23, 59, 59, 999).getTime();
    expect(periodKeysAt(evening)).toEqual({ day: '2026-01-31', month: '2026-01' });
    expect(periodKeysAt(new Date(2026, 0, 31, 0, 0).getTime())).toBe(periodKeysAt(evening)); // kept for the day
    expect(periodKeysAt(evening + 1)).toEqual({ day: '2026-02-01', month: '2026-02' });
    expect(periodKeysAt(evening)).toEqual({ day: '2026-01-31', month: '2026-01' }); // and back, e.g. a clock set back
  });

  it('agree with periodKeys at every hour of a year, across both DST changes where the zone has them', () => {
    for (let t = new Date(2026, 0, 1).getTime(); t < new Date(2027, 0, 1).getTime(); t += 3_600_000 - 1) {
      expect(periodKeysAt(t)).toEqual(periodKeys(new Date(t)));
    }
  });
});
