import { describe, expect, it } from 'vitest';
import { MATCH_CLOSE, MATCH_OPEN, snippetSegments, toFtsQuery } from './fts';

describe('full-text search helpers', () => {
  it('quotes every word and makes the last a prefix, so typed operators cannot break the query', () => {
    expect(toFtsQuery('refund pol')).toBe('"refund" "pol"*');
    expect(toFtsQuery('"NEAR( OR')).toBe('"NEAR" "OR"*');
    expect(toFtsQuery('  ¿?  ')).toBeNull();
  });

  it('splits marked snippets into plain and matched segments', () => {
    expect(snippetSegments(`the ${MATCH_OPEN}budget${MATCH_CLOSE} was <b>approved</b>`)).toEqual([
      { text: 'the ', match: false },
      { text: 'budget', match: true },
      { text: ' was <b>approved</b>', match: false },
    ]);
  });
});
