import OpenAI from 'openai';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { api, useSimulator } from './test-helpers';

const { sim, client } = useSimulator();

async function pngDataUrl(width: number, height: number): Promise<string> {
  const png = await sharp({ create: { width, height, channels: 3, background: '#336699' } }).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

describe('models', () => {
  it('lists models like OpenAI', async () => {
    const ids: string[] = [];
    for await (const m of client().models.list()) {
      expect(m.object).toBe('model');
      expect(typeof m.created).toBe('number');
      ids.push(m.id);
    }
    expect(ids).toEqual(expect.arrayContaining(['gpt-4o', 'gpt-image-1', 'whisper-1', 'gpt-4o-transcribe-diarize']));
  });

  it('retrieves one model and 404s an unknown one', async () => {
    expect((await client().models.retrieve('gpt-4o-mini')).id).toBe('gpt-4o-mini');
    const err = await client().models.retrieve('gpt-nope').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('model_not_found');
  });
});

describe('chat completions', () => {
  it('answers deterministically with usage', async () => {
    const ask = () => client().chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'What is the capital of France?' }] });
    const a = await ask();
    const b = await ask();
    const content = a.choices[0]?.message.content ?? '';
    expect(content).toMatch(/^Simulated reply to: What is the capital of France\?/);
    expect(content).toBe(b.choices[0]?.message.content);
    expect(a.object).toBe('chat.completion');
    expect(a.id).toMatch(/^chatcmpl-/);
    expect(a.choices[0]?.finish_reason).toBe('stop');
    expect(a.usage?.prompt_tokens).toBeGreaterThan(8);
    expect(a.usage?.total_tokens).toBe((a.usage?.prompt_tokens ?? 0) + (a.usage?.completion_tokens ?? 0));
  });

  it('truncates long messages in the echo and honours max_completion_tokens', async () => {
    const long = 'x'.repeat(30) + ' ' + 'y'.repeat(60);
    const r = await client().chat.completions.create({ model: 'gpt-4o', max_completion_tokens: 5, messages: [{ role: 'user', content: long }] });
    expect(r.choices[0]?.finish_reason).toBe('length');
    expect(r.usage?.completion_tokens).toBe(5);
    const full = await client().chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: long }] });
    expect(full.choices[0]?.message.content).toContain(`${long.slice(0, 60)}…`);
    expect(full.choices[0]?.message.content?.startsWith(r.choices[0]?.message.content ?? '?')).toBe(true);
  });

  it('produces exactly SIM_REPLY_TOKENS tokens', async () => {
    const r = await client().chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'SIM_REPLY_TOKENS=250 please' }] });
    expect(r.usage?.completion_tokens).toBe(250);
  });

  it('streams deltas that add up to the non-streamed reply, then usage', async () => {
    const messages = [{ role: 'user' as const, content: 'Stream me a story about otters.' }];
    const whole = await client().chat.completions.create({ model: 'gpt-4.1-mini', messages });
    const stream = await client().chat.completions.create({ model: 'gpt-4.1-mini', messages, stream: true, stream_options: { include_usage: true } });
    let text = '';
    let chunks = 0;
    let finish: string | null | undefined;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe('chat.completion.chunk');
      if (chunk.choices.length === 0) usage = chunk.usage;
      for (const c of chunk.choices) {
        text += c.delta.content ?? '';
        finish = c.finish_reason ?? finish;
        chunks += 1;
      }
    }
    expect(text).toBe(whole.choices[0]?.message.content);
    expect(finish).toBe('stop');
    expect(usage?.completion_tokens).toBe(chunks - 2);
    expect(usage?.completion_tokens).toBe(whole.usage?.completion_tokens);
  });

  it('counts and measures data-URL images, charging vision tokens', async () => {
    const r = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe this.' }, { type: 'image_url', image_url: { url: await pngDataUrl(1024, 768) } }] }],
    });
    expect(r.choices[0]?.message.content).toContain('I see 1 image (1024×768).');
    // 1024×768 at high detail: short side 768 already → 2×2 tiles → 85 + 4·170 = 765 tokens.
    expect(r.usage?.prompt_tokens).toBeGreaterThan(765);
    expect(r.usage?.prompt_tokens).toBeLessThan(800);
  });

  it('rejects an image that is not an image', async () => {
    const err = await client()
      .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,aGVsbG8=' } }] }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).code).toBe('invalid_image_format');
  });

  it('returns a minimal instance for json_schema response formats', async () => {
    const r = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Extract.' }],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'extract',
          strict: true,
          schema: {
            type: 'object',
            properties: { title: { type: 'string' }, count: { type: 'integer', minimum: 3 }, tags: { type: 'array', items: { type: 'string' } }, kind: { enum: ['a', 'b'] } },
            required: ['title', 'count', 'tags', 'kind'],
            additionalProperties: false,
          },
        },
      },
    });
    expect(JSON.parse(r.choices[0]?.message.content ?? '')).toEqual({ title: '', count: 3, tags: [], kind: 'a' });
  });

  it('validates like the real endpoint', async () => {
    const bad = async (body: object) => {
      const res = await api(sim(), '/chat/completions', { method: 'POST', body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as { error: { code: string | null; param: string | null; type: string } } };
    };
    const empty = await bad({ model: 'gpt-4o', messages: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: 'empty_array', param: 'messages', type: 'invalid_request_error' });
    expect((await bad({ model: 'gpt-4o' })).body.error.param).toBe('messages');
    const unknown = await bad({ model: 'gpt-99', messages: [{ role: 'user', content: 'hi' }] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ message: expect.stringContaining('gpt-99'), type: 'invalid_request_error', param: null, code: 'model_not_found' });
    expect((await bad({ model: 'gpt-5-mini', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })).body.error.code).toBe('unsupported_parameter');
    const res = await api(sim(), '/chat/completions', { method: 'POST', body: '{"model":' });
    expect(res.status).toBe(400);
  });
});

describe('moderations', () => {
  it('flags the documented trigger words only', async () => {
    const r = await client().moderations.create({ model: 'omni-moderation-latest', input: ['hello there', 'FLAGME', 'we will kill everyone', 'FLAGME:self-harm/intent'] });
    expect(r.results.map((x) => x.flagged)).toEqual([false, true, true, true]);
    expect(r.results[1]?.categories.harassment).toBe(true);
    expect(r.results[2]?.categories.violence).toBe(true);
    expect(r.results[3]?.categories['self-harm/intent']).toBe(true);
    expect(r.results[0]?.category_scores.violence).toBeLessThan(0.01);
    expect(r.id).toMatch(/^modr-/);
  });
});
