import { describe, expect, it } from 'vitest';
import { planSearch, searchUnits, snippetOf, toFtsQuery } from './fts';

describe('full-text search helpers', () => {
  it('quotes every word and makes the last a prefix, so typed operators cannot break the query', () => {
    expect(toFtsQuery('refund pol')).toBe('"refund" "pol"*');
    expect(toFtsQuery('"NEAR( OR')).toBe('"NEAR" "OR"*');
    expect(toFtsQuery('  ¿?  ')).toBeNull();
  });

  it('plans substring (trigram), word-prefix, CJK unit and LIKE parts by term length and script', () => {
    expect(planSearch('refund Q3 天气 议事录 预 A股')).toEqual({
      trigram: '"refund" AND "议事录"',
      words: '"Q3"*',
      units: '"天 气" "预"',
      like: ['%A股%'],
      terms: ['refund', 'Q3', '天气', '议事录', '预', 'A股'],
    });
    expect(planSearch('コーヒー 々')).toMatchObject({ trigram: '"コーヒー"', units: '"々"', like: [] });
    expect(planSearch('"NEAR( OR AND')).toMatchObject({ trigram: '"NEAR" AND "AND"', words: '"OR"*' });
    expect(planSearch('  ¿?  ')).toBeNull();
    expect(planSearch('Budget budget')?.terms).toEqual(['Budget']);
  });

  it('keeps every CJK character of a text as a unit, with a break token where other text comes between', () => {
    expect(searchUnits('今天天气很好，我们 discussed 预算。')).toBe('今 天 天 气 很 好 0 我 们 0 预 算');
    expect(searchUnits('会議の議事録 コーヒー 한국어')).toBe('会 議 の 議 事 録 0 コ ー ヒ ー 0 한 국 어');
    expect(searchUnits('no CJK here')).toBeNull();
    expect(searchUnits('')).toBeNull();
    expect(searchUnits(null)).toBeNull();
  });

  it('cuts a snippet around the first match and marks every match, CJK included', () => {
    expect(snippetOf('the budget was <b>approved</b>', ['budget'])).toEqual([
      { text: 'the ', match: false },
      { text: 'budget', match: true },
      { text: ' was <b>approved</b>', match: false },
    ]);
    const long = `${'前言。'.repeat(30)}今天天气很好，我们讨论了天气。${'后记。'.repeat(60)}`;
    const s = snippetOf(long, ['天气'], 6, 12);
    expect(s[0]).toEqual({ text: '…。前言。今天', match: false });
    expect(s.filter((p) => p.match).map((p) => p.text)).toEqual(['天气', '天气']);
    expect(s.at(-1)!.text.endsWith('…')).toBe(true);
    expect(snippetOf('no hit here', ['zzz'])).toEqual([{ text: 'no hit here', match: false }]);
  });

  it('widens a Latin match to its word, cuts on whole code points, and marks matches only inside the excerpt', () => {
    expect(snippetOf('We met Zephyr and zephyrs.', ['zeph'])).toEqual([
      { text: 'We met ', match: false },
      { text: 'Zephyr', match: true },
      { text: ' and ', match: false },
      { text: 'zephyrs', match: true },
      { text: '.', match: false },
    ]);
    const emoji = `${'😀'.repeat(10)}budget${' the budget'.repeat(50)}`;
    const s = snippetOf(emoji, ['budget'], 3, 12);
    expect(s[0]).toEqual({ text: '…😀😀😀', match: false });
    expect(s.map((p) => p.text).join('')).toBe(`…😀😀😀budget the b…`);
    expect(s.filter((p) => p.match).map((p) => p.text)).toEqual(['budget', 'b']);
    expect(snippetOf('Schöne Grüße, grüße', ['GRÜSSE', 'grü'])).toEqual([
      { text: 'Schöne ', match: false },
      { text: 'Grüße', match: true },
      { text: ', ', match: false },
      { text: 'grüße', match: true },
    ]);
  });
});
