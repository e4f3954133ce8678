import { describe, expect, it } from 'vitest';
import { DEMO_TOKEN_DELAY_MS } from './server';
import { useSimulator } from './test-helpers';
import { richTokens, richTopic } from './chat/rich';

const { sim, client } = useSimulator({ demo: true });

const ask = async (content: string) => (await client().chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content }] })).choices[0]?.message.content ?? '';

describe('demo mode', () => {
  it('streams at a human pace unless told otherwise', () => {
    expect(sim().control.state().settings.streamChunkDelayMs).toBe(DEMO_TOKEN_DELAY_MS);
    expect(DEMO_TOKEN_DELAY_MS).toBeGreaterThanOrEqual(10);
  });

  it('answers with tables, code and math chosen by the question', async () => {
    expect(await ask('Compare Python and Go in a table')).toMatch(/\| --- \| --- \| --- \|/);
    expect(await ask('Write a function that counts words')).toMatch(/```python\n/);
    expect(await ask('What is the formula for compound interest?')).toMatch(/\$\$\nB_n = /);
    expect(richTopic('Summarise the key points of the meeting')).toBe('list');
  });

  it('keeps the test contracts: SIM_REPLY_TOKENS is exact', async () => {
    const r = await client().chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: 'SIM_REPLY_TOKENS=7' }] });
    expect(r.usage?.completion_tokens).toBe(7);
    expect(r.choices[0]?.message.content).toMatch(/^Simulated reply to/);
  });

  it('fills a classification schema with an answer that reads like one', async () => {
    const r = await client().chat.completions.create({
      model: 'gpt-5-mini',
      messages: [{ role: 'user', content: 'I was charged twice for my invoice this month' }],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'classification', strict: true, schema: { type: 'object', properties: { category: { type: 'string' }, confidence: { type: 'number' }, reason: { type: 'string' } }, required: ['category', 'confidence', 'reason'], additionalProperties: false } },
      },
    });
    const value = JSON.parse(r.choices[0]?.message.content ?? '{}') as { category: string; confidence: number; reason: string };
    expect(value.category).toBe('billing');
    expect(value.confidence).toBeGreaterThan(0.5);
    expect(value.confidence).toBeLessThanOrEqual(1);
    expect(value.reason).toContain('charged twice');
  });
});

describe('SIM_RICH_TOKENS', () => {
  it('gives exactly N tokens of Markdown with tables and code, in any mode', async () => {
    const tokens = richTokens(1500);
    expect(tokens).toHaveLength(1500);
    const text = tokens.join('');
    expect(text).toContain('| --- |');
    expect(text).toContain('```ts');
    const r = await client().chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: 'SIM_RICH_TOKENS=300' }] });
    expect(r.usage?.completion_tokens).toBe(300);
    expect(r.choices[0]?.message.content).toContain('| Python | Go |');
  });
});
