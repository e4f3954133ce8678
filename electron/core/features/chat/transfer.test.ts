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
