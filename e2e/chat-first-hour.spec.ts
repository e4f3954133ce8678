import { expect, test } from './fixtures';
import { ChatPage } from './pages/chat';

/** A new user's first minutes in Chat: a composer from the start, and model pickers that name real chat models. */
test.describe('chat: the first message', () => {
  test('the empty Chat screen takes the first message at once, and the model picker offers only chat models, by provider', async ({ simApp, page }) => {
    test.setTimeout(240_000); // a loaded machine can take two minutes to start the app
    const chat = new ChatPage(page);
    await chat.shell.open(simApp.url);
    // The welcome dialog's main action has the focus, not the secondary one beside it.
    const welcome = page.getByRole('dialog').filter({ has: page.locator('.onboarding__actions') });
    await expect(welcome.getByRole('status').filter({ hasText: 'Connected in' })).toBeVisible();
    await expect(welcome.getByRole('button', { name: 'Continue' })).toBeFocused();
    await chat.open(simApp.url);
    const first = page.getByRole('textbox', { name: 'First message' });
    await expect(first).toBeVisible();
    await page.screenshot({ path: '/work/wt/shots/chatux/14-first-message.png' }).catch(() => undefined);
    await first.fill('What should I ask first?');
    await first.press('Enter');
    await expect(chat.assistantMessages.last()).toContainText('Simulated reply to: What should I ask first?', { timeout: 30_000 });

    const picker = chat.header.getByRole('combobox', { name: 'Conversation model' });
    const options = await picker.locator('option').allTextContents();
    const groups = await picker.locator('optgroup').evaluateAll((els) => els.map((e) => e.getAttribute('label')));
    expect(groups.length).toBeGreaterThan(0);
    expect(options.some((o) => /whisper|transcribe|dall-e|gpt-image|moderation|tts|embedding/.test(o))).toBe(false);
    expect(options.find((o) => o.startsWith('gpt-4o —'))).toContain('reads images');
    await page.screenshot({ path: '/work/wt/shots/chatux/10-picker-after.png' }).catch(() => undefined);
    test.info().annotations.push({ type: 'picker', description: `${groups.join(', ')} | ${options.join(' / ')}` });
  });
});
