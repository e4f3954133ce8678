import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendDelta, endStream } from '../../../stores/chat/stream';

vi.mock('../../../api', () => ({ subscribe: () => () => {} }));
vi.mock('react-markdown', async (original) => {
  const actual = await original<typeof import('react-markdown')>();
  return { ...actual, default: vi.fn(actual.default) };
});
import ReactMarkdown from 'react-markdown';
import { katexRenders } from './katex';
import { warmUpMarkdown } from './warmup';

describe('warming up code highlighting and math while the window is idle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits while a reply streams, then runs one step per idle period, once per window', () => {
    vi.useFakeTimers();
    vi.stubGlobal('window', { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) });
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn, 16));
    appendDelta('streaming-reply', 'Hello');
    const before = katexRenders();
    warmUpMarkdown();
    vi.advanceTimersByTime(3000);
    expect(katexRenders()).toBe(before);
    expect(ReactMarkdown).not.toHaveBeenCalled();
    endStream('streaming-reply');
    vi.advanceTimersByTime(3000);
    expect(katexRenders()).toBe(before + 2);
    // The parser ran once over a sample of tables, lists, quotes and math, so a reply's first table is not its first call.
    expect(ReactMarkdown).toHaveBeenCalledTimes(1);
    expect(vi.mocked(ReactMarkdown).mock.results[0]!.type).toBe('return');
    warmUpMarkdown();
    vi.advanceTimersByTime(3000);
    expect(katexRenders()).toBe(before + 2);
    expect(ReactMarkdown).toHaveBeenCalledTimes(1);
  });

  it('waits while background work is held off (a live meeting records), and carries on once released', async () => {
    vi.resetModules();
    const { warmUpMarkdown: warmUpFresh } = await import('./warmup');
    const { katexRenders: rendersFresh } = await import('./katex');
    const { holdBackgroundWork } = await import('../../../lib/backgroundWork');
    vi.useFakeTimers();
    vi.stubGlobal('window', { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) });
    const release = holdBackgroundWork('live meeting');
    const before = rendersFresh();
    warmUpFresh();
    vi.advanceTimersByTime(10_000);
    expect(rendersFresh()).toBe(before);
    release();
    vi.advanceTimersByTime(3000);
    expect(rendersFresh()).toBe(before + 2);
  });
});
