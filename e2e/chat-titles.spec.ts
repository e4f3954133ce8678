import { expect, test } from './fixtures';
import { ChatPage } from './pages/chat';

/** Automatic titles and folded long messages, as a person sees them. */
test.describe('chat: titles and long messages', () => {
  test('after the first reply the conversation gets a short title from a cheap model; a long paste is folded behind "Show more"', async ({ simApp, sim, page }) => {
    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await chat.newChat();
    await chat.send('Can you explain how SSE streams work? And why they sometimes drop?');
    await chat.expectReplyStatus('complete');
    const title = chat.header.locator('.conversation-header__title');
    await expect(title).toHaveText('How SSE streams work', { timeout: 15_000 });
    await expect(chat.conversation('How SSE streams work')).toHaveCount(1);
    expect(sim.requests.some((r) => r.route === 'chat' && r.model === 'gpt-5-nano')).toBe(true);

    // A long paste: folded, with a button that unfolds and folds it again.
    const long = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the pasted log`).join('\n');
    await chat.input.fill(long);
    await chat.input.press('Enter');
    await chat.expectReplyStatus('complete');
    const pasted = chat.userMessages.last();
    const more = pasted.getByRole('button', { name: 'Show more' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(pasted.getByTestId('user-text')).toHaveClass(/is-collapsed/);
    const folded = (await pasted.getByTestId('user-text').boundingBox())!.height;
    await more.click();
    await expect(pasted.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    expect((await pasted.getByTestId('user-text').boundingBox())!.height).toBeGreaterThan(folded * 1.5);
    // The title stays: only the first exchange names the conversation.
    await expect(title).toHaveText('How SSE streams work');
  });
});
