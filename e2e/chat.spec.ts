import { expect, test } from './fixtures';
import { ChatPage } from './pages/chat';

/** Streaming and its failure modes, end to end: page → WebSocket → core → pipeline → simulator and back. */
test.describe('chat: streaming', () => {
  test('a reply streams in token by token, then shows its tokens, cost, latency and model', async ({ simApp, sim, page }) => {
    sim.control.setStreamChunkDelay(40);
    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await chat.newChat();
    await chat.send('Tell me about streams SIM_REPLY_TOKENS=60');

    const reply = chat.lastReply();
    // Seen mid-stream: some text is on screen while the message still says it is streaming.
    await expect
      .poll(() => reply.evaluate((el) => ({ streaming: el.getAttribute('data-status') === 'streaming', text: (el.querySelector('.md')?.textContent ?? '').length > 0 })), { timeout: 10_000 })
      .toEqual({ streaming: true, text: true });
    await expect(chat.stopButton()).toBeVisible();

    await chat.expectReplyStatus('complete');
    await expect(reply).toContainText('Simulated reply to: Tell me about streams');
    const meta = reply.getByTestId('message-meta');
    await expect(meta).toContainText(/\d+ in · 60 out/);
    await expect(meta).toContainText(/\$\d+\.\d+/);
    await expect(meta).toContainText(/\d+ (ms|s)/);
    await expect(meta).toContainText('gpt-5-mini');
    // The provisional title (the first message) gives way to the name a cheap model gave it (automatic titles).
    await expect(chat.header.getByRole('heading', { level: 2 })).toHaveText('Streams');
    await expect(chat.header.getByTestId('conversation-cost')).not.toHaveText('Total $0.00');
  });

  test('Esc stops a reply mid-stream; the text that arrived is kept and marked as stopped', async ({ simApp, sim, page }) => {
    sim.control.setStreamChunkDelay(60);
    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await chat.newChat();
    await chat.send('A long answer please SIM_REPLY_TOKENS=400');
    const reply = chat.lastReply();
    await expect(reply).toHaveAttribute('data-status', 'streaming');
    await expect(reply).toContainText('Simulated reply');

    await chat.input.press('Escape');
    await chat.expectReplyStatus('cancelled');
    await expect(reply).toContainText('Stopped —');
    await expect(reply).toContainText('Simulated reply');
    await expect(reply.getByRole('button', { name: 'Regenerate' })).toBeVisible();
    const kept = await reply.locator('.md').innerText();
    // 400 tokens at 60 ms each take 24 s; a stop after a few hundred ms keeps far fewer.
    expect(kept.split(/\s+/).length).toBeLessThan(300);
    await expect(chat.composer.getByRole('button', { name: 'Send' })).toBeVisible();
  });

  test('a storm of 429s during a send is ridden out: the reply still completes', async ({ simApp, sim, page }) => {
    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await chat.newChat();
    sim.control.injectFault({ kind: 'rate_limit', count: 4, retryAfterMs: 200, route: 'chat' });
    await chat.send('Are you there?');

    await expect(chat.lastReply()).toHaveAttribute('data-status', 'complete', { timeout: 20_000 });
    await expect(chat.lastReply()).toContainText('Simulated reply to: Are you there?');
    await expect(chat.lastReply().getByRole('note')).toHaveCount(0);
    const chatRequests = sim.requests.filter((r) => r.route === 'chat');
    expect(chatRequests.filter((r) => r.status === 429)).toHaveLength(4);
    expect(chatRequests.at(-1)?.status).toBe(200);
  });

  test('an upstream that dies mid-stream leaves a saved partial reply, marked interrupted, that survives a reload', async ({ simApp, sim, page }) => {
    sim.control.setStreamChunkDelay(20);
    sim.control.injectFault({ kind: 'cut_stream', afterChunks: 8, route: 'chat' });
    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await chat.newChat();
    await chat.send('Please explain SIM_REPLY_TOKENS=200');

    const reply = chat.lastReply();
    await chat.expectReplyStatus('interrupted');
    await expect(reply).toContainText('Interrupted —');
    await expect(reply).toContainText('Simulated reply');
    const partial = await reply.locator('.md').innerText();

    await page.reload();
    await chat.shell.waitReady();
    await expect(chat.lastReply()).toHaveAttribute('data-status', 'interrupted');
    await expect(chat.lastReply()).toContainText('Interrupted —');
    await expect(chat.lastReply().locator('.md')).toHaveText(partial);

    // Regenerating keeps the interrupted version reachable as 1/2.
    await chat.lastReply().getByRole('button', { name: 'Regenerate' }).click();
    await chat.expectReplyStatus('complete');
    await expect(chat.lastReply().getByRole('group', { name: 'Versions' })).toContainText('2/2');
    await chat.lastReply().getByRole('button', { name: 'Previous version' }).click();
    await expect(chat.lastReply()).toHaveAttribute('data-status', 'interrupted');
    await expect(chat.lastReply().locator('.md')).toHaveText(partial);
  });
});
