import { afterAll, describe, expect, it } from 'vitest';
import { createRuleRunner } from './rule-runner';

const runner = createRuleRunner({ timeLimitMs: 500 });
afterAll(() => runner.close());

describe('block rules off the event loop', () => {
  it('finds the first matching rule, words and expressions alike', async () => {
    expect(await runner.firstMatch(['nothing', '/sec+ret/', 'plan'], 'the SECCRET plan')).toEqual({ kind: 'matched', rule: '/sec+ret/' });
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

  it('answers checks queued behind a stuck one', async () => {
    const evil = 'a'.repeat(40) + '!';
    const [a, b] = await Promise.all([runner.firstMatch(['/(a+)+$/'], evil), runner.firstMatch(['word'], 'a word')]);
    expect(a.kind).toBe('timed_out');
    expect(b).toEqual({ kind: 'matched', rule: 'word' });
  });
});
