import { describe, expect, it } from 'vitest';
import { bytes, clock, hours, span } from './format';

describe('transcription formatting', () => {
  it('writes audio totals in minutes and hours, never as a fraction of an hour', () => {
    expect(hours(0.3 * 3_600_000)).toBe('18 min');
    expect(hours(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 5 min');
    expect(hours(12.4 * 3_600_000)).toBe('12 h');
    expect(hours(20_000)).toBe('1 min');
    expect(hours(0)).toBe('0 min');
  });
  it('writes clocks, spans and sizes', () => {
    expect(clock(3_723_000)).toBe('1:02:03');
    expect(clock(7_000)).toBe('0:07');
    expect(span(45_000)).toBe('45 s');
    expect(span(65 * 60_000)).toBe('1 h 5 min');
    expect(bytes(1536)).toBe('2 KB');
  });
});

describe('newSpeakerLabel', () => {
  it('takes the next letter no speaker has, then S1, S2, …', async () => {
    const { newSpeakerLabel } = await import('./speakers');
    expect(newSpeakerLabel(['A', 'B', null])).toBe('C');
    expect(newSpeakerLabel([])).toBe('A');
    expect(newSpeakerLabel(['A', 'C'])).toBe('B');
    expect(newSpeakerLabel(Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)))).toBe('S1');
  });
});
