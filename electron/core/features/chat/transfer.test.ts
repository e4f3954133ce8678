import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationSummary, ConversationView } from '../../../../shared/contract';
import { createTempCore, type TempCore } from '../../testing/temp-core';

let temp: TempCore | undefined;
afterEach(() => temp?.dispose());

const message = (id: string, parentId: string | null, content = id) => ({
  id, parentId, role: Number(id.slice(1)) % 2 ? 'assistant' : 'user', content, attachments: [], status: 'complete', createdAt: '2026-01-01T00:00:00Z',
});

describe('chat.import of what the contract allows', () => {
  it('imports a thread far deeper than a recursive walk allows, parents first', async () => {
    temp = await createTempCore();
    const n = 10_100;
    const messages = Array.from({ length: n }, (_, i) => message(`m${i}`, i === 0 ? null : `m${i - 1}`));
    messages.reverse(); // children listed before their parents
    const content = JSON.stringify({ format: 'atelier.conversation', version: 1, conversation: { title: 'Deep', activeLeafId: `m${n - 1}` }, messages });
    const summary = await temp.call<ConversationSummary>('chat.import', { content });
    const view = await temp.call<ConversationView>('chat.open', { id: summary.id });
    expect(view.messages).toHaveLength(n);
    expect(view.messages[0]!.content).toBe('m0');
    expect(view.messages.at(-1)!.content).toBe(`m${n - 1}`);
  });

  it('imports a hand-edited file whose parents form a cycle instead of failing halfway', async () => {
    temp = await createTempCore();
    const messages = [message('m1', 'm2'), message('m2', 'm1'), message('m3', 'm2')];
    const content = JSON.stringify({ format: 'atelier.conversation', version: 1, conversation: { title: 'Loop', activeLeafId: 'm3' }, messages });
    const summary = await temp.call<ConversationSummary>('chat.import', { content });
    const view = await temp.call<ConversationView>('chat.open', { id: summary.id });
    expect(view.messages.map((m) => m.content)).toEqual(['m1', 'm2', 'm3']);
  });
});

describe('chat.import totals', () => {
  it('gives the imported conversation the total of its replies, every version included, as the export had it', async () => {
    temp = await createTempCore();
    const messages = [
      message('m0', null),
      { ...message('m1', 'm0'), costMicros: 1200, inputTokens: 10, outputTokens: 20 },
      { ...message('m3', 'm0'), costMicros: 800, inputTokens: 10, outputTokens: 15 },
    ];
    const content = JSON.stringify({ format: 'atelier.conversation', version: 1, conversation: { title: 'Costs', activeLeafId: 'm3' }, messages });
    const imported = await temp.call<ConversationSummary>('chat.import', { content });
    expect(imported.costMicros).toBe(2000);
    const view = await temp.call<ConversationView>('chat.open', { id: imported.id });
    expect(view.conversation.costMicros).toBe(2000);
    // Exported again and imported once more, the total still agrees with the replies.
    const exported = await temp.call<{ content: string }>('chat.export', { id: imported.id, format: 'json' });
    const again = await temp.call<ConversationSummary>('chat.import', { content: exported.content });
    expect(again.costMicros).toBe(2000);
  });
});

describe('chat.import refusals', () => {
  it('refuses a file listing a message twice, and saves nothing', async () => {
    temp = await createTempCore();
    const messages = [message('m1', null), message('m1', null)];
    const content = JSON.stringify({ format: 'atelier.conversation', version: 1, conversation: { title: 'Twice', activeLeafId: 'm1' }, messages });
    const r = await temp.core.handle('chat.import', { content }, { trusted: true, label: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await temp.call<unknown[]>('chat.list', {})).toEqual([]);
  });
});

describe('Markdown import', () => {
  it("imports the app's own Markdown export back, message for message, even replies that contain its headings", async () => {
    temp = await createTempCore();
    const tricky = ['## You', '', 'A reply quoting a heading, a table and code:', '', '| a | b |', '|---|---|', '| 1 | 2 |', '', '```ts', 'const x = 1;', '```', '> 📎 not an attachment'].join('\n');
    const contents = ['First question: 你好 ✓', tricky, 'Second question', 'Short answer'];
    const messages = contents.map((content, i) => ({ ...message(`m${i}`, i === 0 ? null : `m${i - 1}`, content), role: i % 2 ? 'assistant' : 'user', model: i % 2 ? 'gpt-5-mini' : null }));
    messages[3]!.status = 'interrupted';
    const json = JSON.stringify({ format: 'atelier.conversation', version: 1, conversation: { title: 'Round trip', activeLeafId: 'm3' }, messages });
    const original = await temp.call<ConversationSummary>('chat.import', { content: json });
    const md = await temp.call<{ content: string }>('chat.export', { id: original.id, format: 'markdown' });
    const back = await temp.call<ConversationSummary>('chat.import', { content: md.content });
    expect(back.title).toBe('Round trip');
    const view = await temp.call<ConversationView>('chat.open', { id: back.id });
    expect(view.messages.map((m) => m.content)).toEqual(contents);
    expect(view.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(view.messages.map((m) => m.status)).toEqual(['complete', 'complete', 'complete', 'interrupted']);
    expect(view.messages[1]!.model).toBe('gpt-5-mini');
    // Exported again, it reads the same.
    const again = await temp.call<{ content: string }>('chat.export', { id: back.id, format: 'markdown' });
    expect(again.content.split('\n').slice(3)).toEqual(md.content.split('\n').slice(3));
  });

  it('imports hand-written Markdown split at "## You" / "## Assistant", and refuses Markdown without messages', async () => {
    temp = await createTempCore();
    const back = await temp.call<ConversationSummary>('chat.import', { content: '# Notes\n\n## You\n\nHello\n\n## Assistant (gpt-4o)\n\nHi there.\n' });
    const view = await temp.call<ConversationView>('chat.open', { id: back.id });
    expect(view.messages.map((m) => [m.role, m.content, m.model])).toEqual([['user', 'Hello', null], ['assistant', 'Hi there.', 'gpt-4o']]);
    const r = await temp.core.handle('chat.import', { content: '# Just a document\n\nNo messages here.' }, { trusted: true, label: 'test' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/## You/) } });
  });
});
