import { describe, expect, it } from 'vitest';
import { COLLAPSE_CHARS, COLLAPSE_LINES, isLongMessage } from './collapse';

describe('isLongMessage', () => {
  it('leaves ordinary messages open', () => {
    expect(isLongMessage('How do I rotate a PDF page?')).toBe(false);
    expect(isLongMessage('x'.repeat(COLLAPSE_CHARS))).toBe(false);
    expect(isLongMessage(Array.from({ length: COLLAPSE_LINES }, (_, i) => `line ${i}`).join('\n'))).toBe(false);
  });
  it('folds a long paste, by length or by lines', () => {
    expect(isLongMessage('x'.repeat(COLLAPSE_CHARS + 1))).toBe(true);
    expect(isLongMessage(Array.from({ length: COLLAPSE_LINES + 1 }, (_, i) => `${i}`).join('\n'))).toBe(true);
    expect(isLongMessage('长'.repeat(COLLAPSE_CHARS + 1))).toBe(true);
  });
});
