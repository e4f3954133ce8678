import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../../e2e/simulator/server';
import { AppFailure } from '../../../shared/errors';
import { REASONING_REPLY_TOKENS } from '../../../shared/pricing';
import { ask, createTestPipeline } from '../testing/test-pipeline';
import { countTokens } from '../tokens/count';
import { simulatorPerFile } from '../testing/simulator-per-file';

let sim: Simulator;
let t: ReturnType<typeof createTestPipeline>;
simulatorPerFile((s) => (sim = s), () => t);

const base = { scene: 'support', modality: 'text' as const, providerId: 'sim', model: 'gpt-4o-mini' };
const streamed = (text: string) => ask(text, { stream: true });
const rejection = async (p: Promise<unknown>) => (await p.then(() => null, (e: unknown) => e)) as AppFailure;

describe('pipeline: billing what the provider did not report', () => {
  it('bills a stream that reports no usage at the estimate, marked estimated (not $0 reported)', async () => {
    t = createTestPipeline(sim);
    sim.control.setStreamMode('sse-no-usage');
    const r = await t.pipeline.run(t.chat, { ...base, requestId: 'no-usage', input: streamed('Tell me about the budget SIM_REPLY_TOKENS=40') });
    expect(r.output.text.length).toBeGreaterThan(0);
    expect(r.usage.outputTokens).toBe(40); // the simulator streams real o200k tokens: our count agrees
    expect(r.usage.inputTokens).toBeGreaterThan(0);
    expect(r.costMicros).toBeGreaterThan(0);
    expect(t.rows('no-usage')).toMatchObject([{ billing: 'estimated', outcome: 'ok', outputTokens: 40, costMicros: r.costMicros }]);
  });

  it('counts a broken CJK stream with the tokenizer, not characters ÷ 4', async () => {
    t = createTestPipeline(sim);
    sim.control.injectFault({ kind: 'cut_stream', afterChunks: 30, route: 'chat' });
    const prompt = '请用中文详细解释预算审批流程和会议纪要的写法';
    const deltas: string[] = [];
    const f = await rejection(t.pipeline.run(t.chat, { ...base, requestId: 'cut-cjk', input: streamed(prompt), onDelta: (d) => deltas.push(d) }));
    expect(f.details).toMatchObject({ partial: true });
    const partial = deltas.join('');
    const [row] = t.rows('cut-cjk');
    expect(row).toMatchObject({ billing: 'estimated', outputTokens: countTokens(partial, 'gpt-4o-mini') });
    // The simulator streams one real token per chunk: our count matches what it generated, ÷ 4 is far below.
    expect(row!.outputTokens).toBe(deltas.length);
    expect(row!.outputTokens).toBeGreaterThan(Math.ceil(partial.length / 4));
    expect(row!.inputTokens).toBeGreaterThanOrEqual(countTokens(prompt, 'gpt-4o-mini'));
  });
});

describe('pipeline: output caps', () => {
  it('always sends an output cap, reasoning-aware for reasoning models, and reserves the same', async () => {
    const sent: Record<string, unknown>[] = [];
    t = createTestPipeline(sim, {}, { sent });
    await t.pipeline.run(t.chat, { ...base, model: 'gpt-5-mini', input: ask('plan the offsite') });
    await t.pipeline.run(t.chat, { ...base, model: 'gpt-4o', input: ask('plan the offsite') });
    await t.pipeline.run(t.chat, { ...base, model: 'gpt-4o', input: ask('short one', { maxOutputTokens: 50 }) });
    expect(sent.map((b) => b.max_completion_tokens)).toEqual([REASONING_REPLY_TOKENS, 16_384, 50]);
    expect(t.chat.estimate(ask('x'), 'gpt-5-mini').maxOutputTokens).toBe(REASONING_REPLY_TOKENS);
  });
});

describe('pipeline: providers that ignore stream: true', () => {
  it('shows a plain JSON completion as the answer, billed from its usage', async () => {
    t = createTestPipeline(sim);
    sim.control.setStreamMode('json');
    const deltas: string[] = [];
    const r = await t.pipeline.run(t.chat, { ...base, requestId: 'json', input: streamed('Summarise the call SIM_REPLY_TOKENS=25'), onDelta: (d) => deltas.push(d) });
    expect(r.output.text).toMatch(/^Simulated reply to: Summarise the call/);
    expect(deltas.join('')).toBe(r.output.text);
    expect(r.output.finishReason).toBe('stop');
    expect(t.rows('json')).toMatchObject([{ billing: 'reported', outcome: 'ok', outputTokens: 25 }]);
    expect(r.costMicros).toBeGreaterThan(0);
  });
});

describe('pipeline: the content filter’s moderation call', () => {
  it('goes through the limiter, retries and the ledger like every model call', async () => {
    t = createTestPipeline(sim, { scenes: { support: { filter: { moderation: true, blockRules: [] } } } });
    sim.control.injectFault({ kind: 'status', status: 503, route: 'moderations' });
    const r = await t.pipeline.run(t.chat, { ...base, requestId: 'checked', input: ask('a harmless question') });
    expect(r.output.text).toMatch(/Simulated reply/);
    const moderation = t.rows().filter((row) => row.operation === 'moderation');
    // One refused attempt, then the retry: both recorded, at the model's price ($0 for omni-moderation).
    expect(moderation).toMatchObject([
      { model: 'omni-moderation-latest', scene: 'support', outcome: 'upstream', httpStatus: 503, costMicros: 0 },
      { model: 'omni-moderation-latest', scene: 'support', outcome: 'ok', costMicros: 0 },
    ]);
    expect(t.limiters.for('sim', 'omni-moderation-latest').requests.known).toBe(true);
    expect(t.rows('checked')).toMatchObject([{ operation: 'chat', outcome: 'ok' }]);
  });
});
