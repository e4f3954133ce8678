import { afterAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../shared/errors';
import { silentLogger } from '../log';
import { createContentFilter, userText } from './content-filter';
import { createRuleRunner } from './rule-runner';

/** The walk userText made before it stopped allocating (Object.entries, forEach): the reference it must match. */
function reference(input: unknown): string {
  const parts: string[] = [];
  const visit = (v: unknown, key?: string) => {
    if (typeof v === 'string') {
      if (key === 'text' || key === 'content' || key === 'prompt') parts.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => visit(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'image_url') visit(x, k);
  };
  visit(input);
  return parts.join('\n');
}

describe('userText', () => {
  const sparse: unknown[] = ['a'];
  sparse[3] = 'd';
  const inputs: unknown[] = [
    { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hello' }], temperature: 0.2, maxOutputTokens: 64 },
    { messages: [{ role: 'user', content: [{ type: 'text', text: 'look' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail: 'low' } }, { type: 'text', text: 'and this' }] }] },
    { prompt: 'a red fox', size: '1024x1024', n: 2 },
    { messages: [{ role: 'user', content: 'q' }], jsonSchema: { name: 's', schema: { properties: { text: 'schema text', content: ['x', { prompt: 'nested' }] } } } },
    { content: sparse },
    { text: 42, content: null, prompt: undefined, other: 'not text' },
    'a bare string',
    [],
    null,
  ];

  it('collects exactly the strings under text, content and prompt keys, in order, skipping images', () => {
    for (const input of inputs) expect(userText(input)).toBe(reference(input));
    expect(userText(inputs[1])).toBe('look\nand this');
    expect(userText(inputs[3])).toBe('q\nschema text\nx\nnested');
  });
});

describe('content filter verdicts', () => {
  const runner = createRuleRunner();
  afterAll(() => runner.close());
  const moderated: string[] = [];
  const filter = createContentFilter({ moderate: async (_req, text) => (moderated.push(text), text.includes('bomb') ? ['violence'] : []), log: silentLogger, runner });
  const req = (content: string) => ({ scene: 'support', providerId: 'p', input: { messages: [{ role: 'user', content }] } });
  const rules = (blockRules: string[], moderation = false) => ({ blockRules, moderation });

  it('lets a request go on the spot (null, no promise) when words, phrases and skipped expressions settle it', () => {
    expect(filter.check(req('hello there'), rules([]))).toBeNull();
    expect(filter.check(req('hello there'), rules(['internal only', '/\\bpassword\\s*[:=]/']))).toBeNull();
  });

  it('refuses a matching word as a rejected promise, never a throw', async () => {
    const verdict = filter.check(req('This is INTERNAL ONLY, do not share'), rules(['internal only']));
    expect(verdict).toBeInstanceOf(Promise);
    await expect(verdict).rejects.toMatchObject({ code: 'content_policy', details: { blockedBy: 'rule' } });
  });

  it('runs an expression that may match in the worker, and refuses what it matches', async () => {
    const clear = filter.check(req('my password is long'), rules(['/\\bpassword\\s*[:=]/']));
    expect(clear).toBeInstanceOf(Promise);
    await expect(clear).resolves.toBeUndefined();
    await expect(filter.check(req('password: hunter2'), rules(['/\\bpassword\\s*[:=]/']))).rejects.toBeInstanceOf(AppFailure);
  });

  it('asks moderation only after the rules let the text through', async () => {
    moderated.length = 0;
    await expect(filter.check(req('internal only bomb'), rules(['internal only'], true))).rejects.toMatchObject({ details: { blockedBy: 'rule' } });
    expect(moderated).toEqual([]);
    await expect(filter.check(req('a bomb'), rules(['internal only'], true))).rejects.toMatchObject({ details: { blockedBy: 'moderation' } });
    await expect(filter.check(req('a cake'), rules([], true))).resolves.toBeUndefined();
    expect(moderated).toEqual(['a bomb', 'a cake']);
  });
});
