import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../../../e2e/simulator/server';
import type { ChatMessageView, ConversationView, PushedEvent, SearchHit, SendReceipt } from '../../../../shared/contract';
import { createTempCore, trusted, type TempCore } from '../../testing/temp-core';
import { simulatorPerFile } from '../../testing/simulator-per-file';

let sim: Simulator;
let temp: TempCore;
let events: PushedEvent[] = [];

simulatorPerFile((s) => (sim = s), () => temp);

const call = <T>(name: string, input: unknown): Promise<T> => temp.call<T>(name, input);
const failureOf = async (name: string, input: unknown) => {
  const r = await temp.core.handle(name, input, trusted);
  expect(r.ok).toBe(false);
  return r.ok ? null : r.error;
};

async function setup(dataDir?: string) {
  temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-chat-000000' }, dataDir);
  events = [];
  temp.core.subscribe((e) => events.push(e));
  await call('providers.refreshModels', { id: 'env' });
  return call<{ id: string }>('chat.create', {});
}

const finished = (messageId: string) =>
  expect.poll(() => events.find((e) => e.name === 'chat.message' && (e.payload as { message: ChatMessageView }).message.id === messageId), { timeout: 10_000 }).toBeTruthy();
const finalMessage = (messageId: string) =>
  (events.findLast((e) => e.name === 'chat.message' && (e.payload as { message: ChatMessageView }).message.id === messageId)!.payload as { message: ChatMessageView }).message;
const deltasOf = (id: string) => events.filter((e) => e.name === 'stream.delta' && (e.payload as { streamId: string }).streamId === id).map((e) => (e.payload as { text: string }).text);

describe('chat', () => {
  it('streams a reply as events, saves it with its cost, and titles the conversation', async () => {
    const c = await setup();
    const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Summarise our Q3 refund numbers' });
    expect(r.assistantMessage.status).toBe('streaming');
    await finished(r.assistantMessage.id);
    const done = finalMessage(r.assistantMessage.id);
    expect(done.status).toBe('complete');
    expect(done.content).toContain('Simulated reply to: Summarise our Q3 refund numbers');
    expect(deltasOf(done.id).join('')).toBe(done.content);
    expect(done.costMicros).toBeGreaterThan(0);
    const view = await call<ConversationView>('chat.open', { id: c.id });
    expect(view.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(view.conversation.title).toBe('Summarise our Q3 refund numbers');
    expect(view.conversation.costMicros).toBe(done.costMicros);
  });

  it('stops a streaming reply and keeps what arrived', async () => {
    const c = await setup();
    sim.control.setStreamChunkDelay(40);
    const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Write a long answer SIM_REPLY_TOKENS=200' });
    await expect.poll(() => deltasOf(r.assistantMessage.id).length).toBeGreaterThan(2);
    expect((await call<{ stopped: boolean }>('chat.stop', { messageId: r.assistantMessage.id })).stopped).toBe(true);
    await finished(r.assistantMessage.id);
    const m = finalMessage(r.assistantMessage.id);
    expect(m.status).toBe('cancelled');
    expect(m.content.length).toBeGreaterThan(0);
    expect(m.content).toBe(deltasOf(m.id).join(''));
  });

  it('gathers the deltas of a fast stream into fewer events, losing and reordering nothing', async () => {
    const c = await setup();
    sim.control.setStreamChunkDelay(1);
    const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Stream fast SIM_REPLY_TOKENS=400' });
    await finished(r.assistantMessage.id);
    const done = finalMessage(r.assistantMessage.id);
    expect(done.status).toBe('complete');
    const deltas = deltasOf(done.id);
    expect(deltas.join('')).toBe(done.content);
    // One event per token would be 400; the window gets one per DELTA_EVERY_MS at most.
    expect(deltas.length).toBeLessThan(200);
    // The finished message comes after the last delta, never before it.
    const lastDelta = events.findLastIndex((e) => e.name === 'stream.delta' && (e.payload as { streamId: string }).streamId === done.id);
    const message = events.findIndex((e) => e.name === 'chat.message' && (e.payload as { message: ChatMessageView }).message.id === done.id);
    expect(lastDelta).toBeLessThan(message);
  });

  it('shows everything that has arrived when a conversation is opened mid-stream', async () => {
    const c = await setup();
    sim.control.setStreamChunkDelay(30);
    const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Open me while streaming SIM_REPLY_TOKENS=200' });
    await expect.poll(() => deltasOf(r.assistantMessage.id).length).toBeGreaterThan(5);
    const arrived = deltasOf(r.assistantMessage.id).join('');
    const view = await call<ConversationView>('chat.open', { id: c.id });
    expect(view.messages[1]!.status).toBe('streaming');
    expect(view.messages[1]!.content.startsWith(arrived)).toBe(true);
    await call('chat.stop', { messageId: r.assistantMessage.id });
  });

  it('saves a reply cut off by the upstream as interrupted, with its text', async () => {
    const c = await setup();
    sim.control.injectFault({ kind: 'cut_stream', afterChunks: 4, route: 'chat' });
    const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'This stream will die' });
    await finished(r.assistantMessage.id);
    const m = finalMessage(r.assistantMessage.id);
    expect(m.status).toBe('interrupted');
    expect(m.error?.code).toBe('offline');
    expect(m.content.length).toBeGreaterThan(0);
    const view = await call<ConversationView>('chat.open', { id: c.id });
    expect(view.messages[1]).toMatchObject({ status: 'interrupted', content: m.content });
  });

  it('saves a reply as interrupted when the app closes mid-stream', async () => {
    const c = await setup();
    sim.control.setStreamChunkDelay(50);
    const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'slow SIM_REPLY_TOKENS=100' });
    await expect.poll(() => deltasOf(r.assistantMessage.id).length, { timeout: 5000 }).toBeGreaterThan(3);
    const dir = temp.dataDir;
    temp.core.stop();
    const arrived = deltasOf(r.assistantMessage.id).join('');
    temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-chat-000000' }, dir);
    const view = await call<ConversationView>('chat.open', { id: c.id });
    expect(view.messages[1]).toMatchObject({ status: 'interrupted', content: arrived });
  });

  it('recovers a reply left streaming by a crash as interrupted, keeping the saved text', async () => {
    const c = await setup();
    sim.control.setStreamChunkDelay(60);
    const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'crash during this SIM_REPLY_TOKENS=100' });
    await expect.poll(() => deltasOf(r.assistantMessage.id).length, { timeout: 5000 }).toBeGreaterThan(12); // past one periodic save
    const dir = temp.dataDir;
    const db = new Database(path.join(dir, 'atelier.db'));
    const saved = (db.prepare('SELECT status, content FROM messages WHERE id = ?').get(r.assistantMessage.id) as { status: string; content: string });
    db.close();
    expect(saved.status).toBe('streaming');
    expect(saved.content.length).toBeGreaterThan(0);
    // A crash: the next start finds the row still streaming (this core stands in for the dead process and
    // keeps its lock, so the next one opens without it).
    const other = await createTempCore({}, dir, false);
    const view = (await other.core.handle('chat.open', { id: c.id }, trusted)) as { ok: true; value: ConversationView };
    expect(view.value.messages[1]).toMatchObject({ status: 'interrupted', content: saved.content });
    other.core.stop();
  });

  it('keeps the earlier answer reachable after edit-and-resend and regenerate', async () => {
    const c = await setup();
    const first = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'First wording' });
    await finished(first.assistantMessage.id);
    const edited = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Second wording', parentId: null });
    await finished(edited.assistantMessage.id);
    expect(edited.userMessage.siblings).toEqual([first.userMessage.id, edited.userMessage.id]);
    const regen = await call<SendReceipt>('chat.regenerate', { messageId: edited.assistantMessage.id });
    await finished(regen.assistantMessage.id);
    let view = await call<ConversationView>('chat.open', { id: c.id });
    expect(view.messages[1]!.siblings).toEqual([edited.assistantMessage.id, regen.assistantMessage.id]);
    view = await call<ConversationView>('chat.selectBranch', { messageId: first.userMessage.id });
    expect(view.messages.map((m) => m.id)).toEqual([first.userMessage.id, first.assistantMessage.id]);
  });

  it('finds old messages by full-text search with highlighted, HTML-free snippets', async () => {
    const c = await setup();
    const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'The warranty for the Zephyr blender is two years <b>' });
    await finished(r.assistantMessage.id);
    const hits = await call<SearchHit[]>('chat.search', { query: 'zeph' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet.some((s) => s.match && /zephyr/i.test(s.text))).toBe(true);
    expect(await call<SearchHit[]>('chat.search', { query: '"unbalanced AND OR (' })).toEqual([]);
  });

  it('finds Chinese and Japanese words inside longer runs of characters', async () => {
    const c = await setup();
    for (const text of ['今天天气很好，我们讨论了下个季度的预算审批流程。', '会議の議事録を作成しました']) {
      const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text });
      await finished(r.assistantMessage.id);
    }
    const userHits = async (query: string) => (await call<SearchHit[]>('chat.search', { query })).filter((h) => h.role === 'user');
    for (const [query, marked] of [['预算审批', '预算审批'], ['天气', '天气'], ['議事録', '議事録'], ['季度 预算', '季度']] as const) {
      const hits = await userHits(query);
      expect(hits, query).toHaveLength(1);
      expect(hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toContain(marked);
    }
    expect(await userHits('预算流程审批')).toEqual([]);
  });

  it('exports Markdown and JSON, and imports the JSON back with its branches', async () => {
    const c = await setup();
    const a = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Export me: 你好 ✓' });
    await finished(a.assistantMessage.id);
    const b = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Other branch', parentId: null });
    await finished(b.assistantMessage.id);
    const md = await call<{ content: string; filename: string }>('chat.export', { id: c.id, format: 'markdown' });
    expect(md.content).toContain('## You');
    expect(md.filename).toMatch(/\.md$/);
    const json = await call<{ content: string }>('chat.export', { id: c.id, format: 'json' });
    const imported = await call<{ id: string; title: string }>('chat.import', { content: json.content });
    const view = await call<ConversationView>('chat.open', { id: imported.id });
    expect(view.messages.map((m) => m.content)).toEqual([b.userMessage.content, finalMessage(b.assistantMessage.id).content]);
    expect(view.messages[0]!.siblings).toHaveLength(2);
    expect((await failureOf('chat.import', { content: '{"not":"ours"}' }))?.code).toBe('invalid_input');
  });

  it('prepares image attachments: upright, metadata stripped, resized, with a token estimate', async () => {
    await setup();
    const photo = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#c33' } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'secret-owner' } } })
      .toBuffer();
    const a = await call<{ hash: string; width: number; height: number; tokens: number; kind: string }>('attachments.add', { name: 'photo.jpg', mime: 'image/jpeg', dataBase64: photo.toString('base64') });
    expect(a.kind).toBe('image');
    expect(a.height).toBeGreaterThan(a.width); // orientation 6 = rotated a quarter turn
    expect(Math.max(a.width, a.height)).toBeLessThanOrEqual(2048);
    expect(a.tokens).toBeGreaterThan(85);
    const stored = fs.readFileSync(`${temp.dataDir}/media/${a.hash.slice(0, 2)}/${a.hash}`);
    expect(stored.includes(Buffer.from('secret-owner'))).toBe(false);
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
  });

  it('refuses corrupt, binary, PDF and empty files with clear errors', async () => {
    await setup();
    const corrupt = await failureOf('attachments.add', { name: 'broken.png', mime: 'image/png', dataBase64: Buffer.from('\x89PNG\r\n\x1a\nnot really').toString('base64') });
    expect(corrupt?.code).toBe('unsupported_format');
    expect((await failureOf('attachments.add', { name: 'data.bin', mime: 'application/octet-stream', dataBase64: Buffer.from([1, 2, 0, 3]).toString('base64') }))?.code).toBe('unsupported_format');
    const pdf = await failureOf('attachments.add', { name: 'report.pdf', mime: 'application/pdf', dataBase64: Buffer.from('%PDF-1.4').toString('base64') });
    expect(pdf?.message).toMatch(/PDF/);
    expect((await failureOf('attachments.add', { name: 'empty.txt', mime: 'text/plain', dataBase64: '' }))?.code).toBe('invalid_input');
  });

  it('estimates the next send from history, text and attachments, and shows the history limit', async () => {
    const c = await setup();
    const text = await call<{ hash: string }>('attachments.add', { name: 'notes.md', mime: 'text/markdown', dataBase64: Buffer.from('# Notes\n'.repeat(400)).toString('base64') });
    const bare = await call<{ inputTokens: number; maxMicros: number }>('chat.estimate', { conversationId: c.id, text: 'hello' });
    const withFile = await call<{ inputTokens: number; maxMicros: number }>('chat.estimate', { conversationId: c.id, text: 'hello', attachments: [text.hash] });
    expect(withFile.inputTokens).toBeGreaterThan(bare.inputTokens + 500);
    expect(withFile.maxMicros).toBeGreaterThan(bare.maxMicros);
    for (const q of ['one', 'two']) {
      const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: q });
      await finished(r.assistantMessage.id);
    }
    await call('chat.update', { id: c.id, historyLimit: 2 });
    expect((await call<{ trimmedMessages: number }>('chat.estimate', { conversationId: c.id, text: 'three' })).trimmedMessages).toBe(3);
  });

  it("trims history by tokens against the model's context window, keeping the newest turns", async () => {
    const c = await setup();
    const long = (tag: string) => `${tag} ${'budget '.repeat(40_000)}`; // ~40k tokens each
    const model = { providerId: 'env', model: 'gpt-4o-mini' }; // a 128k window
    for (const tag of ['first', 'second', 'third']) {
      const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: long(tag), model });
      await finished(r.assistantMessage.id);
    }
    const e = await call<{ inputTokens: number; trimmedMessages: number; maxOutputTokens: number; model: string }>('chat.estimate', { conversationId: c.id, text: 'and now?', model });
    // Six messages fit any message-count limit; 120k tokens of them do not fit a 128k window with room for the reply.
    expect(e.trimmedMessages).toBe(2);
    expect(e.inputTokens).toBeGreaterThan(80_000);
    expect(e.inputTokens + e.maxOutputTokens).toBeLessThanOrEqual(128_000);
    // 240k characters of Chinese: ÷ 4 would call it 60k tokens; it is well over the window.
    const tooLong = await failureOf('chat.send', { conversationId: c.id, text: '会议讨论了预算、招聘和发布计划。'.repeat(15_000), model });
    expect(tooLong).toMatchObject({ code: 'too_large' });
  });

  it('refuses a send that a hard budget would not allow, before saving or sending anything', async () => {
    const c = await setup();
    await call('pipeline.updateConfig', { budgets: [{ id: 'b', scope: 'modality', target: 'text', period: 'day', limitMicros: 5, hard: true }] });
    const error = await failureOf('chat.send', { conversationId: c.id, text: 'Too expensive' });
    expect(error).toMatchObject({ code: 'budget_exceeded', message: expect.stringMatching(/daily text & chat budget/) });
    expect((await call<ConversationView>('chat.open', { id: c.id })).messages).toEqual([]);
    expect(sim.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(0);
  });

  it('deletes to the trash and restores', async () => {
    const c = await setup();
    await call('chat.delete', { id: c.id });
    expect(await call<unknown[]>('chat.list', {})).toEqual([]);
    await call('chat.restore', { id: c.id });
    expect(await call<unknown[]>('chat.list', {})).toHaveLength(1);
  });
});
