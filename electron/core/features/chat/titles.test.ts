import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../../../e2e/simulator/server';
import type { ChatMessageView, ConversationView, PushedEvent, SendReceipt } from '../../../../shared/contract';
import { createTempCore, type TempCore } from '../../testing/temp-core';
import { cleanTitle, mayRetitle, NEW_TITLE, provisionalTitle, TITLE_SCENE, titleModel } from './titles';
import { simulatorPerFile } from '../../testing/simulator-per-file';

describe('title rules', () => {
  it('names a new conversation after its first message, cut at a word, never mid-word', () => {
    expect(provisionalTitle('  Summarise   our Q3\nrefund numbers ')).toBe('Summarise our Q3 refund numbers');
    const long = 'Please compare the onboarding flows of our three competitors and list what they ask for first';
    const title = provisionalTitle(long);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title).toBe('Please compare the onboarding flows of our three…');
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(provisionalTitle('请'.repeat(80))).toBe(`${'请'.repeat(59)}…`);
  });

  it('replaces only the placeholder or the provisional title, never one the user set', () => {
    const first = 'Please compare the onboarding flows of our three competitors and list what they ask for first';
    expect(mayRetitle(NEW_TITLE, first)).toBe(true);
    expect(mayRetitle(provisionalTitle(first), first)).toBe(true);
    expect(mayRetitle('Competitor onboarding', first)).toBe(false);
    expect(mayRetitle(provisionalTitle(first).slice(0, 20), first)).toBe(false);
  });

  it('takes a model answer as a title without quotes, labels or full stop', () => {
    expect(cleanTitle('"Refund numbers for Q3."')).toBe('Refund numbers for Q3');
    expect(cleanTitle('Title: **Streaming with SSE**\n\nExplanation…')).toBe('Streaming with SSE');
    expect(cleanTitle('标题：「第三季度退款」。')).toBe('第三季度退款');
    expect(cleanTitle('  \n  ')).toBeNull();
    expect(cleanTitle('x'.repeat(200))!.length).toBe(80);
  });

  it('asks the cheapest model the provider lists, or the one that replied', () => {
    expect(titleModel(['gpt-5', 'gpt-4o-mini', 'gpt-5-nano'], 'gpt-5')).toBe('gpt-5-nano');
    expect(titleModel(['gpt-4o', 'gpt-4o-mini'], 'gpt-4o')).toBe('gpt-4o-mini');
    expect(titleModel(['llama-3.1-70b'], 'llama-3.1-70b')).toBe('llama-3.1-70b');
  });
});

describe('automatic titles through the pipeline', () => {
  let sim: Simulator;
  let temp: TempCore | undefined;
  let events: PushedEvent[] = [];
  simulatorPerFile((s) => (sim = s), () => temp);

  async function setup() {
    temp = await createTempCore({ OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-test-titles-0000' });
    events = [];
    temp.core.subscribe((e) => events.push(e));
    await temp.call('providers.refreshModels', { id: 'env' });
    return temp.call<{ id: string }>('chat.create', {});
  }
  const finished = (id: string) =>
    expect.poll(() => events.some((e) => e.name === 'chat.message' && (e.payload as { message: ChatMessageView }).message.id === id && (e.payload as { message: ChatMessageView }).message.status !== 'streaming'), { timeout: 10_000 }).toBe(true);
  const title = async (id: string) => (await temp!.call<ConversationView>('chat.open', { id })).conversation.title;
  /** Replies go to the default chat model; title requests to the cheapest one the provider lists. */
  const titleRequests = () => sim.requests.filter((r) => r.route === 'chat' && r.model === 'gpt-5-nano').length;

  it('after the first reply, a cheap model names the conversation in the language of the question, billed as its own task', async () => {
    const c = await setup();
    const r = await temp!.call<SendReceipt>('chat.send', { conversationId: c.id, text: '请帮我总结这次产品评审会议的要点，并列出待办事项' });
    expect(await title(c.id)).toBe('请帮我总结这次产品评审会议的要点，并列出待办事项');
    await finished(r.assistantMessage.id);
    await expect.poll(() => title(c.id), { timeout: 10_000 }).toBe('总结这次产品评审会议的要点');
    expect(titleRequests()).toBe(1);
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const { csv } = await temp!.call<{ csv: string }>('usage.exportCsv', { from: day, to: day });
    expect(csv.split('\n').some((line) => line.includes(TITLE_SCENE) && line.includes('gpt-5-nano'))).toBe(true);
    // The conversation's total stays the sum of its replies; the title is booked in Usage only.
    const view = await temp!.call<ConversationView>('chat.open', { id: c.id });
    expect(view.conversation.costMicros).toBe(view.messages.reduce((n, m) => n + m.costMicros, 0));
  });

  it('never replaces a title the user set, even while the reply streams', async () => {
    const c = await setup();
    sim.control.setStreamChunkDelay(30);
    const r = await temp!.call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Can you explain how SSE streams work? SIM_REPLY_TOKENS=20' });
    await temp!.call('chat.update', { id: c.id, title: 'My SSE notes' });
    await finished(r.assistantMessage.id);
    // A second exchange finishes after any title request the first could have made.
    const second = await temp!.call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Thanks SIM_REPLY_TOKENS=2' });
    await finished(second.assistantMessage.id);
    expect(await title(c.id)).toBe('My SSE notes');
    expect(titleRequests()).toBe(0);
  });

  it('leaves the provisional title when the setting is off', async () => {
    const c = await setup();
    await temp!.call('settings.update', { autoTitles: false });
    const r = await temp!.call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Can you explain how SSE streams work?' });
    await finished(r.assistantMessage.id);
    const second = await temp!.call<SendReceipt>('chat.send', { conversationId: c.id, text: 'Thanks' });
    await finished(second.assistantMessage.id);
    expect(await title(c.id)).toBe('Can you explain how SSE streams work?');
    expect(titleRequests()).toBe(0);
  });
});
