import type OpenAI from 'openai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPricer } from '../pricer';
import { createChatOperation } from './chat';
import { StreamInterrupted } from './stream-interrupted';

const chunk = (content: string | null, extra: Record<string, unknown> = {}) => ({ choices: [{ delta: content === null ? {} : { content }, finish_reason: null }], ...extra });

/**
 * A client whose stream sends `gaps.length` chunks, each after its gap in ms, then hangs until the signal
 * the SDK was given aborts (as the real SDK does); gaps of null end the stream normally instead.
 */
function fakeClient(gaps: number[], end: 'hang' | 'finish') {
  const seen: { signal?: AbortSignal } = {};
  const client = {
    chat: {
      completions: {
        create(_body: unknown, options: { signal: AbortSignal }) {
          seen.signal = options.signal;
          const signal = options.signal;
          const aborted = () => Object.assign(new Error('Request was aborted.'), { name: 'AbortError' });
          const wait = (ms: number) =>
            new Promise<void>((resolve, reject) => {
              if (signal.aborted) return reject(aborted());
              const t = setTimeout(resolve, ms);
              signal.addEventListener('abort', () => (clearTimeout(t), reject(aborted())), { once: true });
            });
          async function* stream() {
            for (const [i, gap] of gaps.entries()) {
              await wait(gap);
              yield chunk(`part${i} `);
            }
            if (end === 'hang') await wait(60_000);
            yield { choices: [{ delta: {}, finish_reason: 'stop' }], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } };
          }
          return { withResponse: async () => ({ data: stream(), response: { headers: new Headers({ 'content-type': 'text/event-stream' }) } }) };
        },
      },
    },
  };
  return { client: client as unknown as OpenAI, seen };
}

const op = createChatOperation(createPricer(() => ({})));
const run = (client: OpenAI, signal: AbortSignal, timeoutMs: number) =>
  op.execute({ client, model: 'gpt-5-mini', input: { messages: [{ role: 'user', content: 'hi' }], stream: true }, signal, timeoutMs, onDelta: () => {} });
const outcome = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

afterEach(() => vi.useRealTimers());

describe('chat operation: the stall clock of a streamed answer', () => {
  it('restarts with every chunk, so a slow but steady stream is never cut', async () => {
    vi.useFakeTimers();
    const { client } = fakeClient([90, 90, 90, 90], 'finish'); // 360 ms in all, never 100 ms without a chunk
    const running = outcome(run(client, new AbortController().signal, 100));
    await vi.advanceTimersByTimeAsync(400);
    expect(await running).toBeNull();
    const { client: again } = fakeClient([90, 90, 90, 90], 'finish');
    const r = run(again, new AbortController().signal, 100);
    await vi.advanceTimersByTimeAsync(400);
    expect((await r).output.text).toBe('part0 part1 part2 part3 ');
  });

  it('stops a stream that goes quiet, as a stall, keeping the text that arrived', async () => {
    vi.useFakeTimers();
    const { client } = fakeClient([5, 5], 'hang');
    const running = outcome(run(client, new AbortController().signal, 60));
    await vi.advanceTimersByTimeAsync(69);
    expect(await Promise.race([running, Promise.resolve('still running')])).toBe('still running');
    await vi.advanceTimersByTimeAsync(2);
    const error = await running;
    expect(error).toBeInstanceOf(StreamInterrupted);
    expect(error).toMatchObject({ partialText: 'part0 part1 ', stalled: true });
  });

  it("stops at once when the request's signal aborts, and says it was not a stall", async () => {
    const { client, seen } = fakeClient([5], 'hang');
    const request = new AbortController();
    const running = outcome(run(client, request.signal, 10_000));
    await new Promise((r) => setTimeout(r, 30));
    request.abort();
    const error = await running;
    expect(error).toBeInstanceOf(StreamInterrupted);
    expect(error).toMatchObject({ partialText: 'part0 ', stalled: false });
    expect(seen.signal?.aborted).toBe(true);
  });

  it('sends nothing live when the request was cancelled before it started', async () => {
    const { client, seen } = fakeClient([5], 'finish');
    const request = new AbortController();
    request.abort();
    const error = await outcome(run(client, request.signal, 10_000));
    expect(seen.signal?.aborted).toBe(true);
    expect(error).not.toBeInstanceOf(StreamInterrupted);
  });
});
