import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screenRules } from './rule-screen';

const WORDS = ['internal', 'only', 'Internal Only', 'password', 'PassWord', 'credit', 'card', '1234', 'ſecret', 'secret', 'ΣΟΦΙΑ', '预算', '会议', ' ', '\n', ':', '=', 'x'];
const RULES = [
  'internal only',
  'secret',
  '预算',
  '/\\bpassword\\s*[:=]/',
  '/credit\\s*card\\s*\\d{4}/',
  '/only$/m',
  '/^x/',
  '/a|b/',
  '/sec(ret)?/u',
  '/card\\s*\\n\\s*1234/',
  'line one\nline two',
  '/only\nx/',
];
const part = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(''));

describe('screening block rules in parts', () => {
  it('answers exactly as screening the parts joined by newlines, first time and from what it kept', () => {
    fc.assert(
      fc.property(fc.subarray(RULES, { minLength: 1 }), fc.array(part, { maxLength: 6 }), (rules, parts) => {
        const joined = screenRules(rules, parts.join('\n'));
        expect(screenRules(rules, parts)).toEqual(joined);
        expect(screenRules(rules, parts)).toEqual(joined); // long parts answered from memory
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the first word in rule order across parts, and runs an expression only when its pieces are all there', () => {
    const rules = ['secret', 'internal only', '/\\bpassword\\s*[:=]/', '/credit\\s*card\\s*\\d{4}/'];
    expect(screenRules(rules, ['this is internal only', 'a secret'])).toEqual({ kind: 'matched', rule: 'secret' });
    expect(screenRules(rules, ['my credit', 'card 1234'])).toEqual(['/credit\\s*card\\s*\\d{4}/']); // pieces in two parts: the joined text decides
    expect(screenRules(rules, ['nothing here', 'at all'])).toEqual({ kind: 'clear' });
  });

  it('answers as the joined text when a rule set needs more pieces than it can keep as bits', () => {
    const rules = Array.from({ length: 40 }, (_, i) => `/word${i}\\s*=\\s*x/`);
    const parts = ['a long first message that says word7 somewhere in the middle of it all, and more', 'then = x'];
    expect(screenRules(rules, parts)).toEqual(screenRules(rules, parts.join('\n')));
    // Pieces past the 31st have no bit of their own: word31 must not pass for word0 (whose bit it would wrap onto).
    expect(screenRules(rules, ['word31 = x', 'and more'])).toEqual(['/word3\\s*=\\s*x/', '/word31\\s*=\\s*x/']);
  });
});
