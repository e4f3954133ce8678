import { describe, expect, it } from 'vitest';
import { CACHE_MAX_ENTRIES, CountCache, countTokens } from './count';

describe('token count cache', () => {
  it('keeps what is used, forgets the rest, and never holds more than its budget', () => {
    const cache = new CountCache();
    const text = (i: number) => `turn ${i} of a long conversation about budgets and refunds`;
    cache.set('the system prompt, asked on every send', 9);
    for (let i = 0; i < CACHE_MAX_ENTRIES * 3; i++) {
      cache.set(text(i), i);
      expect(cache.get('the system prompt, asked on every send')).toBe(9); // in use: survives every turnover
      expect(cache.size).toBeLessThanOrEqual(CACHE_MAX_ENTRIES + 1);
    }
    expect(cache.get(text(0))).toBeUndefined();
    expect(cache.get(text(CACHE_MAX_ENTRIES * 3 - 1))).toBe(CACHE_MAX_ENTRIES * 3 - 1);
  });

  it('counts the same whether a text was counted before or not', () => {
    const long = '我们讨论了下个季度的预算、招聘计划和产品发布清单。 The quarterly report shows refunds rising. '.repeat(4);
    const first = countTokens(long, 'gpt-5-mini');
    expect(countTokens(`${long}`, 'gpt-5-mini')).toBe(first);
    expect(first).toBeGreaterThan(40);
  });
});
