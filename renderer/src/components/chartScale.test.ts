import { describe, expect, it } from 'vitest';
import { formatMoneyTick } from '../features/usage/format';
import { niceScale } from './chartScale';

const USD = { code: 'USD', rate: 1, symbol: '$' };

describe('niceScale', () => {
  it('steps by 1, 2, 2.5 or 5 × a power of ten and covers the maximum', () => {
    expect(niceScale(10)).toMatchObject({ max: 10, step: 2.5, ticks: [0, 2.5, 5, 7.5, 10], decimals: 1 });
    expect(niceScale(37)).toMatchObject({ max: 40, step: 10, decimals: 0 });
    expect(niceScale(0.00004)).toMatchObject({ max: 0.00004, step: 0.00001, ticks: [0, 0.00001, 0.00002, 0.00003, 0.00004], decimals: 5 });
    expect(niceScale(0.00013)).toMatchObject({ step: 0.00005, max: 0.00015, decimals: 5 });
    expect(niceScale(0.9)).toMatchObject({ step: 0.25, max: 1, decimals: 2 });
  });

  it('gives a usable axis for nothing at all', () => {
    expect(niceScale(0)).toMatchObject({ max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale(Number.NaN).ticks.length).toBeGreaterThan(1);
  });

  it('labels every tick differently, from a hundredth of a cent to millions', () => {
    for (let exp = -8; exp <= 7; exp++) {
      for (const m of [1, 1.3, 2.2, 3.7, 4.9, 7.1, 9.99]) {
        const { ticks, decimals, max } = niceScale(m * 10 ** exp);
        expect(max).toBeGreaterThanOrEqual(m * 10 ** exp * (1 - 1e-9));
        const labels = ticks.map((t) => formatMoneyTick(t, decimals, USD));
        expect(new Set(labels).size, `${m}e${exp}: ${labels.join(' ')}`).toBe(labels.length);
        expect(labels.some((l) => l.includes('<')), labels.join(' ')).toBe(false);
      }
    }
  });

  it('writes money ticks in round amounts, in the currency', () => {
    const { ticks, decimals } = niceScale(0.00004);
    expect(ticks.map((t) => formatMoneyTick(t, decimals, USD))).toEqual(['$0', '$0.00001', '$0.00002', '$0.00003', '$0.00004']);
    const big = niceScale(1800);
    expect(big.ticks.map((t) => formatMoneyTick(t, big.decimals, { code: 'EUR', rate: 1, symbol: '€' }))).toEqual(['€0', '€500', '€1,000', '€1,500', '€2,000']);
    const cents = niceScale(0.9);
    expect(cents.ticks.map((t) => formatMoneyTick(t, cents.decimals, USD))).toEqual(['$0', '$0.25', '$0.50', '$0.75', '$1.00']);
  });
});
