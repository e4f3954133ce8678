import { describe, expect, it } from 'vitest';
import { costOfUsage, formatMoney, isPriceUnknown, linesToMicros, microsToUsd, sumMicros, toMicros, tokensToMicros } from '../pricing';

const USD = { code: 'USD', rate: 1 };

describe('micro-dollars', () => {
  it('converts dollars to integer micros and back', () => {
    expect(toMicros(0.0123)).toBe(12_300);
    expect(toMicros(1.25)).toBe(1_250_000);
    expect(toMicros(0.0000004)).toBe(0);
    expect(toMicros(0.0000005)).toBe(1);
    expect(toMicros(-0.5)).toBe(-500_000);
    expect(microsToUsd(12_300)).toBe(0.0123);
    expect(() => toMicros(Number.NaN)).toThrow(RangeError);
  });
  it('prices tokens exactly (USD per 1M tokens = µ$ per token), rounding half up once', () => {
    expect(tokensToMicros(1_000_000, 2.5)).toBe(2_500_000);
    expect(tokensToMicros(765, 2.5)).toBe(1913); // 1912.5
    expect(tokensToMicros(3, 0.075)).toBe(0); // 0.225
    expect(tokensToMicros(1, 0.5)).toBe(1); // 0.5
    expect(tokensToMicros(123_456, 0.275)).toBe(33_950); // 33950.4
    expect(tokensToMicros(-5, 2)).toBe(0);
    expect(linesToMicros([[25, 2.5], [765, 2.5]])).toBe(1975); // priced together, not 63 + 1913
  });
  it('sums a million small costs without drift', () => {
    const one = toMicros(0.000123);
    let floatTotal = 0;
    const costs: number[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      costs.push(one);
      floatTotal += 0.000123;
    }
    expect(sumMicros(costs)).toBe(123_000_000);
    expect(microsToUsd(sumMicros(costs))).toBe(123);
    expect(floatTotal).not.toBe(123); // why the ledger does not add dollars
  });
  it('summing real usage costs is exact', () => {
    const c = costOfUsage('gpt-5-nano', { prompt_tokens: 137, completion_tokens: 51 });
    if (isPriceUnknown(c)) throw new Error('expected a price');
    expect(c.micros).toBe(27); // 6.85 + 20.4 → 7 + 20
    expect(sumMicros(Array.from({ length: 1_000_000 }, () => c.micros))).toBe(27_000_000);
  });
  it('refuses to sum non-integers', () => {
    expect(() => sumMicros([1, 0.5])).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it.each([
    [12_300, USD, '$0.0123'],
    [0, USD, '$0.00'],
    [1, USD, '< $0.0001'],
    [49, USD, '< $0.0001'],
    [50, USD, '$0.0001'],
    [10_000, USD, '$0.01'],
    [500_000, USD, '$0.50'],
    [123_000, USD, '$0.123'],
    [999_990, USD, '$1.00'],
    [1_000_000, USD, '$1.00'],
    [1_234_567_890, USD, '$1,234.57'],
    [-12_300, USD, '-$0.0123'],
    [-3, USD, '> -$0.0001'],
    [10_870, { code: 'EUR', rate: 0.92 }, '€0.01'],
    [2_000_000, { code: 'EUR', rate: 0.92 }, '€1.84'],
    [12_300, { code: 'SEK', rate: 10 }, 'SEK 0.123'],
    [12_300, { code: 'XYZ', rate: 1, symbol: '¤' }, '¤0.0123'],
  ])('%i µ$ in %o → %s', (micros, currency, text) => {
    expect(formatMoney(micros, currency)).toBe(text);
  });
  it('defaults to dollars', () => {
    expect(formatMoney(12_300)).toBe('$0.0123');
  });
});
