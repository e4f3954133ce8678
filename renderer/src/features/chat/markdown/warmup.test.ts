import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendDelta, endStream } from '../../../stores/chat/stream';

vi.mock('../../../api', () => ({ subscribe: () => () => {} }));
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
    endStream('streaming-reply');
    vi.advanceTimersByTime(3000);
    expect(katexRenders()).toBe(before + 2);
    warmUpMarkdown();
    vi.advanceTimersByTime(3000);
    expect(katexRenders()).toBe(before + 2);
  });
});
