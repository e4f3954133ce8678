import { describe, expect, it } from 'vitest';
import type { AppFailure } from '../../../../shared/errors';
import type { ChatMessage } from '../../pipeline/operations/chat';
import { fitToWindow } from './history';

const msg = (role: ChatMessage['role'], tokens: number): ChatMessage => ({ role, content: 'x'.repeat(tokens) });
const count = (m: ChatMessage) => (typeof m.content === 'string' ? m.content.length : 0);

describe('fitToWindow (history trimmed by tokens, not by message count)', () => {
  it('keeps the system prompt and the newest turns that fit, oldest dropped first', () => {
    const history = [msg('system', 100), msg('user', 500), msg('assistant', 500), msg('user', 300), msg('assistant', 200), msg('user', 50)];
    const fit = fitToWindow(history, 1000, count, 'm');
    expect(fit.messages.map(count)).toEqual([100, 300, 200, 50]);
    expect(fit).toMatchObject({ dropped: 2, tokens: 650 });
  });

  it('keeps a few long messages or many short ones: the count of messages does not decide', () => {
    const short = Array.from({ length: 200 }, (_, i) => msg(i % 2 ? 'assistant' : 'user', 5));
    expect(fitToWindow([...short, msg('user', 5)], 10_000, count, 'm').dropped).toBe(0);
  });

  it('never starts the kept history with a reply whose question was dropped', () => {
    const fit = fitToWindow([msg('user', 400), msg('assistant', 300), msg('user', 300)], 650, count, 'm');
    expect(fit.messages.map((m) => m.role)).toEqual(['user']);
    expect(fit.tokens).toBe(300);
  });

  it('counts only until the window is full', () => {
    let counted = 0;
    const history = Array.from({ length: 1000 }, () => msg('user', 100));
    fitToWindow(history, 1000, (m) => (counted++, count(m)), 'm');
    expect(counted).toBeLessThanOrEqual(11);
  });

  it('refuses, with a message to act on, a newest message that alone is too long', () => {
    let error: AppFailure | null = null;
    try {
      fitToWindow([msg('system', 100), msg('user', 2000)], 1000, count, 'gpt-4o');
    } catch (e) {
      error = e as AppFailure;
    }
    expect(error).toMatchObject({ code: 'too_large', message: expect.stringMatching(/more than gpt-4o can read/) });
  });
});
