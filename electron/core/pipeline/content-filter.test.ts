import { describe, expect, it } from 'vitest';
import { userText } from './content-filter';

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
