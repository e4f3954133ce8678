import { describe, expect, it } from 'vitest';
import { localStamp } from './stamp';

describe('the date and time in names core gives', () => {
  it('is year-month-day hours:minutes in local time, with no words of any language', () => {
    expect(localStamp(new Date(2026, 0, 5, 7, 3, 59))).toBe('2026-01-05 07:03');
    expect(localStamp(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29 23:59');
  });
});
