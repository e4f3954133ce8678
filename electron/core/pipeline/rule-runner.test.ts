import { afterAll, describe, expect, it } from 'vitest';
import { createRuleRunner } from './rule-runner';

const runner = createRuleRunner({ timeLimitMs: 500 });
afterAll(() => runner.close());

describe('block rules off the event loop', () => {
  it('finds the first matching rule, words and expressions alike', async () => {
    expect(await runner.firstMatch(['nothing', '/sec+ret/', 'plans'], 'the SECCRET plan')).toEqual({ kind: 'matched', rule: '/sec+ret/' });
    expect(await runner.firstMatch(['nothing', '/sec+ret/', 'Plan'], 'the SECCRET plan')).toEqual({ kind: 'matched', rule: 'Plan' }); // words first
    expect(await runner.firstMatch(['a.b'], 'axb')).toEqual({ kind: 'clear' });
    expect(await runner.firstMatch([], 'anything')).toEqual({ kind: 'clear' });
  });

  it('stops a catastrophic rule, names it, keeps the event loop free, and serves the next check', async () => {
    let loopRan = false;
    const evil = 'a'.repeat(40) + '!';
    const pending = runner.firstMatch(['fine', '/(a+)+$/'], evil);
    setImmediate(() => (loopRan = true));
    const outcome = await pending;
    expect(outcome).toEqual({ kind: 'timed_out', rule: '/(a+)+$/' });
    // The core's thread went on while the rule spun: run on it, /(a+)+$/ on 40 a's would never return.
    expect(loopRan).toBe(true);
    expect(await runner.firstMatch(['/b+/'], 'abba')).toEqual({ kind: 'matched', rule: '/b+/' });
  });

  it('checks words and phrases without the worker, so a matching word blocks at once', async () => {
    const evil = 'a'.repeat(40) + '! internal only';
    // Through the worker, the stuck expression listed first would have run out of time instead.
    expect(await runner.firstMatch(['/(a+)+$/', 'Internal only', '(a+)+'], evil)).toEqual({ kind: 'matched', rule: 'Internal only' });
    expect(await runner.firstMatch(['a.b', '(x)'], 'axb (y)')).toEqual({ kind: 'clear' }); // literal: no dot wildcard, no group
  });

  it('answers checks queued behind a stuck one', async () => {
    const evil = 'a'.repeat(40) + '!';
    const [a, b] = await Promise.all([runner.firstMatch(['/(a+)+$/'], evil), runner.firstMatch(['word'], 'a word')]);
    expect(a.kind).toBe('timed_out');
    expect(b).toEqual({ kind: 'matched', rule: 'word' });
  });

  it('skips an expression whose fixed text is missing (it cannot match), and runs it in the worker when that text is there', async () => {
    const evil = 'a'.repeat(40) + '!';
    // Run, /(a+)+$tail/ would spin on these a's: without "tail" in the text it is not run at all.
    expect(await runner.firstMatch(['/(a+)+$tail/'], evil)).toEqual({ kind: 'clear' });
    expect(await runner.firstMatch(['/(a+)+$tail/'], `${evil} TAIL`)).toEqual({ kind: 'timed_out', rule: '/(a+)+$tail/' });
    expect(await runner.firstMatch(['/credit\\s*card\\s*\\d{4}/'], 'my Credit  CARD 4242 here')).toEqual({ kind: 'matched', rule: '/credit\\s*card\\s*\\d{4}/' });
    expect(await runner.firstMatch(['/credit\\s*card\\s*\\d{4}/'], 'credit score and a card')).toEqual({ kind: 'clear' });
  });
});

