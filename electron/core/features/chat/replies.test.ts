import { expect, it } from 'vitest';
import type { Simulator } from '../../../../e2e/simulator/server';
import type { ChatMessageView, ConversationView, PushedEvent, Scene, SendReceipt, UsageSummary } from '../../../../shared/contract';
import { createTempCore, type TempCore } from '../../testing/temp-core';
import { simulatorPerFile } from '../../testing/simulator-per-file';

let sim: Simulator;
let temp: TempCore;
const events: PushedEvent[] = [];

simulatorPerFile((s) => (sim = s), () => temp);

const call = <T>(name: string, input: unknown): Promise<T> => temp.call<T>(name, input);
const message = (id: string) =>
  (events.findLast((e) => e.name === 'chat.message' && (e.payload as { message: ChatMessageView }).message.id === id)?.payload as { message: ChatMessageView } | undefined)?.message;
const deltas = (id: string) => events.filter((e) => e.name === 'stream.delta' && (e.payload as { streamId: string }).streamId === id).length;

it('records a stopped reply as stopped, with its tokens and a cost below the full reply, never as a failure', async () => {
  temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-chat-000000' });
  temp.core.subscribe((e) => events.push(e));
  await call('providers.refreshModels', { id: 'env' });
  const c = await call<{ id: string }>('chat.create', {});
  const full = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Write a long answer SIM_REPLY_TOKENS=200' });
  await expect.poll(() => message(full.assistantMessage.id), { timeout: 10_000 }).toBeTruthy();
  const whole = message(full.assistantMessage.id)!;
  expect(whole.status).toBe('complete');

  sim.control.setStreamChunkDelay(40);
  const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Write a long reply SIM_REPLY_TOKENS=200', parentId: null });
  await expect.poll(() => deltas(r.assistantMessage.id)).toBeGreaterThan(3);
  await call('chat.stop', { messageId: r.assistantMessage.id });
  await expect.poll(() => message(r.assistantMessage.id), { timeout: 10_000 }).toBeTruthy();
  const stopped = message(r.assistantMessage.id)!;
  expect(stopped.status).toBe('cancelled');
  expect(stopped.outputTokens).toBeGreaterThan(0);
  expect(stopped.outputTokens).toBeLessThan(whole.outputTokens);
  expect(stopped.inputTokens).toBeGreaterThan(0);
  expect(stopped.costMicros).toBeGreaterThan(0);
  expect(stopped.costMicros).toBeLessThan(whole.costMicros);

  const day = new Date().toISOString().slice(0, 10);
  const usage = await call<UsageSummary>('usage.summary', { from: day, to: day });
  expect(usage.totals.failures).toBe(0);
  const row = usage.mostExpensive.find((u) => u.requestId === r.requestId);
  expect(row).toMatchObject({ outcome: 'stopped' });
  expect(row!.outputTokens).toBe(stopped.outputTokens);
});

it('keeps the scene and schema a reply was made with when the conversation changes scene', async () => {
  temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-chat-000000' });
  temp.core.subscribe((e) => events.push(e));
  await call('providers.refreshModels', { id: 'env' });
  const structured = await call<Scene>('scenes.save', {
    name: 'triage_test', label: 'Triage test', description: '', systemPrompt: 'Classify.', providerId: null, model: null, temperature: null,
    jsonSchema: { name: 'ticket', schema: { type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'], additionalProperties: false } },
  });
  const c = await call<{ id: string }>('chat.create', { sceneId: structured.id });
  const r = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'My order never arrived' });
  expect(r.assistantMessage.producedBy).toEqual({ sceneId: structured.id, sceneLabel: 'Triage test', schemaName: 'ticket' });
  await expect.poll(() => message(r.assistantMessage.id), { timeout: 10_000 }).toBeTruthy();
  await call('chat.update', { id: c.id, sceneId: null });
  const view = await call<ConversationView>('chat.open', { id: c.id });
  expect(view.messages[1]!.producedBy).toEqual({ sceneId: structured.id, sceneLabel: 'Triage test', schemaName: 'ticket' });
  const next = await call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Thanks' });
  expect(next.assistantMessage.producedBy).toEqual({ sceneId: null, sceneLabel: null, schemaName: null });
  // A JSON export and import carries it along.
  const json = await call<{ content: string }>('chat.export', { id: c.id, format: 'json' });
  const imported = await call<{ id: string }>('chat.import', { content: json.content });
  expect((await call<ConversationView>('chat.open', { id: imported.id })).messages[1]!.producedBy?.schemaName).toBe('ticket');
});
