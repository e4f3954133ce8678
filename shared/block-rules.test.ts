import { describe, expect, it } from 'vitest';
import { blockRuleProblem, hasNestedRepeat, requiredLiterals, ruleExpression } from './block-rules';

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

describe('text an expression needs', () => {
  it('collects the fixed ASCII runs of the top-level sequence, leaving out what is optional or grouped', () => {
    expect(requiredLiterals('credit\\s*card\\s*\\d{4}', 'i')).toEqual(['credit', 'card']);
    expect(requiredLiterals('\\bpassword\\s*[:=]', 'i')).toEqual(['password']);
    expect(requiredLiterals('colou?r (of|for) the\\.com', 'i')).toEqual(['colo', 'r ', ' the.com']);
    expect(requiredLiterals('Ab+c{2}xyz?', 'i')).toEqual(['xy']);
    expect(requiredLiterals('[abc]def(ghi)+jk', 'i')).toEqual(['def', 'jk']);
    expect(requiredLiterals('σοφία plan', 'i')).toEqual([' plan']);
    expect(requiredLiterals('(a+)+$', 'i')).toEqual([]);
    expect(requiredLiterals('id\\d{12}x{0,2}', 'i')).toEqual(['id']);
  });

  it('says nothing for a top-level alternation or unicode case folding', () => {
    expect(requiredLiterals('secret|password', 'i')).toBeNull();
    expect(requiredLiterals('password', 'iu')).toBeNull();
    expect(requiredLiterals('(secret|password) plan', 'i')).toEqual([' plan']);
  });

  it('never rules out a text the expression matches', () => {
    const rules = ['credit\\s*card\\s*\\d{4}', 'colou?r (of|for) the\\.com', '\\bpass(word)?\\b', 'a\\.b\\-c', 'x{0,2}yz', 'n\\d{10}', 'sigma σ\\s+end'];
    const texts = ['CREDIT card 1234', 'Colour for THE.COM', 'pass', 'A.B-C', 'yz', 'SIGMA ς  END', 'credit  Card0000', 'color of the.com', 'n0123456789'];
    for (const source of rules) {
      const re = new RegExp(source, 'i');
      for (const text of texts) {
        const needs = requiredLiterals(source, 'i');
        if (re.test(text)) expect(needs === null || needs.every((n) => text.toLowerCase().includes(n)), `${source} on ${text}`).toBe(true);
      }
    }
  });
});
