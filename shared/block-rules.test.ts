import { describe, expect, it } from 'vitest';
import { blockRuleProblem, hasNestedRepeat, ruleExpression } from './block-rules';

describe('block rules', () => {
  it('spots nested repeats, the shape of catastrophic backtracking', () => {
    for (const bad of ['(a+)+$', '(a*)*b', '(\\w+\\s?)*$', '^(([a-z])+.)+[A-Z]([a-z])+$', '(x+x+)+y', '((ab)*c+)*', '(a+){2,}', '(?:a+)+']) expect(hasNestedRepeat(bad), bad).toBe(true);
    for (const fine of ['a+b+', '(ab)+', 'foo|bar', '[+*]+', '\\(a+\\)+', '(a+)?', '(a+){2}', 'colou?r', '\\d+(,\\d+)?']) expect(hasNestedRepeat(fine), fine).toBe(false);
  });

  it('explains why a rule cannot be saved, and accepts words and sound expressions', () => {
    expect(blockRuleProblem('/(a+)+$/')).toMatch(/repeats a group/);
    expect(blockRuleProblem('/[unclosed/')).toMatch(/not a valid regular expression/);
    expect(blockRuleProblem('/x/q')).toMatch(/unknown flag/);
    expect(blockRuleProblem('password')).toBeNull();
    expect(blockRuleProblem('(a+)+ as a plain phrase')).toBeNull();
    expect(blockRuleProblem('/secret\\s+plan/i')).toBeNull();
  });

  it('compiles words as case-insensitive literals and expressions with i added, g and y dropped', () => {
    expect(ruleExpression('a.b')).toEqual({ source: 'a\\.b', flags: 'i' });
    expect(ruleExpression('/x+/gy')).toEqual({ source: 'x+', flags: 'i' });
    expect(ruleExpression('/[bad/')).toEqual({ source: '/\\[bad/', flags: 'i' });
  });
});
