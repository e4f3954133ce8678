import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { imageInputTokens } from '../shared/pricing';
import { connectApi } from './api-client';
import { expect, test } from './fixtures';
import { ChatPage, seedConversation } from './pages/chat';

/** Attachments, search and export/import: the data side of the chat screen. */
test.describe('chat: attachments, search, export and import', () => {
  test('an image attachment shows its size and token estimate, raises the send estimate, and is sent', async ({ simApp, page }, testInfo) => {
    const file = testInfo.outputPath('chart.png');
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 120, b: 200 } } }).png().toFile(file);
    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await chat.newChat();
    await chat.input.fill('What is in this chart?');
    await expect(chat.estimate).toHaveAttribute('data-tokens', /\d+/);
    const before = Number(await chat.estimate.getAttribute('data-tokens'));

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chat.composer.getByRole('button', { name: 'Attach files' }).click()]);
    await chooser.setFiles(file);
    const chip = chat.composer.getByRole('listitem', { name: 'chart.png', exact: true });
    // Stored upright and sized for the model: 1200×800 becomes 1152×768. The chip counts tokens for the
    // model the send goes to (the default, gpt-5-mini: 36 × 24 patches × 1.62 = 1,400), not for gpt-4o (1,105).
    await expect(chip).toContainText('1152×768');
    await expect(chip).toContainText(`≈ ${imageInputTokens('gpt-5-mini', 1152, 768, 'auto')!.toLocaleString('en-US')} tokens`);
    await expect(chip).toContainText('≈ 1,400 tokens');
    await expect(chip.locator('img')).toBeVisible();
    await expect.poll(async () => Number(await chat.estimate.getAttribute('data-tokens'))).toBeGreaterThan(before + 500);
    await expect(chat.estimate).toContainText(/[\d,]+ tokens in · ≈ \$[\d.]+ · max \$\d/);

    await chat.input.press('Enter');
    await chat.expectReplyStatus('complete');
    await expect(chat.userMessages.last().getByRole('img', { name: 'chart.png' })).toBeVisible();
    await expect(chat.lastReply()).toContainText('I see 1 image (1152×768)');
    await expect(chat.composer.getByRole('listitem')).toHaveCount(0);

    // After a reload the thumbnail comes from the data folder (the session's preview is gone).
    await page.reload();
    const thumb = chat.userMessages.last().getByRole('img', { name: 'chart.png' });
    await expect(thumb).toBeVisible();
    await expect(thumb).toHaveAttribute('src', /\/media\/attachment\/[a-f0-9]{64}$/);
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1152);
  });

  test('a huge paste disables Send, shows no schema text, and is sent as an attached file', async ({ simApp, page }) => {
    test.slow(); // half a megabyte through a controlled textarea takes a while on a shared machine
    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await chat.newChat();
    await chat.input.fill('Meeting notes ' + 'lorem ipsum '.repeat(42_000));
    const notice = chat.composer.getByTestId('too-long');
    await expect(notice).toContainText('This text is too long for one message');
    await expect(chat.composer.getByRole('button', { name: 'Send' })).toBeDisabled();
    await expect(chat.composer).not.toContainText(/Too big|expected string/);

    await notice.getByRole('button', { name: 'Attach as a file' }).click();
    await expect(chat.composer.getByRole('listitem', { name: 'meeting-notes-lorem-ipsum-lorem-ipsum-lo.txt' })).toBeVisible();
    await expect(chat.input).toHaveValue('');
    await expect(notice).toHaveCount(0);
    await chat.input.fill('Summarise the attached notes');
    await chat.input.press('Enter');
    await chat.expectReplyStatus('complete');
    await expect(chat.userMessages.last()).toContainText('meeting-notes-lorem-ipsum-lorem-ipsum-lo.txt');
  });

  test('search finds a word in an old message on another branch, and Enter jumps to it', async ({ simApp, page }) => {
    const api = await connectApi(simApp.url);
    const texts = ['Where did the zeppelin land last spring?', ...Array.from({ length: 24 }, (_, i) => `Budget question number ${i + 1} about invoices`)];
    const seeded = await seedConversation(api, texts);
    // Edit the first message: the zeppelin question is now only on the earlier branch.
    const edited = await api.value('chat.send', { conversationId: seeded.id, text: 'A different opening question', parentId: null });
    await expect.poll(() => api.events.some((e) => e.name === 'chat.message' && (e.payload as { message: { id: string } }).message.id === edited.assistantMessage.id)).toBe(true);
    await seedConversation(api, ['Something unrelated']);
    api.close();

    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await expect(chat.header.getByRole('heading', { level: 2 })).toHaveText('Something unrelated');
    await chat.openSearch();
    await chat.searchInput.fill('zeppelin');
    // The question and its reply both match; the question is older, so it is listed second.
    await expect(chat.searchResults).toHaveCount(2);
    const hit = chat.searchResults.nth(1);
    await expect(hit).toContainText('You ·');
    await expect(hit.locator('mark')).toHaveText(/zeppelin/i);
    await expect(chat.searchResults.nth(0)).toHaveAttribute('aria-selected', 'true');
    await chat.searchInput.press('ArrowDown');
    await expect(hit).toHaveAttribute('aria-selected', 'true');
    await chat.searchInput.press('Enter');

    await expect(chat.search).toHaveCount(0);
    // The conversation was named after its first question (automatic titles).
    await expect(chat.header.getByRole('heading', { level: 2 })).toContainText('Where did the zeppelin land');
    const target = chat.message(seeded.userIds[0]!);
    await expect(target).toBeInViewport();
    await expect(target).toHaveAttribute('data-highlighted', 'true');
    await expect(target.getByRole('group', { name: 'Versions' })).toContainText('1/2');
    await expect(chat.userMessages).not.toHaveText(['A different opening question']);

    // The switch to the earlier version is said out loud, and one click goes back to the version that was shown.
    const notice = page.getByRole('status').filter({ hasText: 'Showing another version of this conversation' });
    await expect(notice).toBeVisible();
    await page.screenshot({ path: '/work/wt/shots/chatux/12-branch-notice.png' }).catch(() => undefined);
    await notice.getByRole('button', { name: 'Back to the version you had' }).click();
    await expect(notice).toHaveCount(0);
    await expect(chat.userMessages.first()).toContainText('A different opening question');
  });

  test('export as Markdown and JSON downloads files; importing the JSON brings the conversation back', async ({ simApp, page }) => {
    test.slow(); // two exports, two imports and two seeded exchanges: over a minute on a busy 2-core machine
    const api = await connectApi(simApp.url);
    await seedConversation(api, ['Round trip one', 'Round trip two']);
    api.close();
    const chat = new ChatPage(page);
    await chat.open(simApp.url);
    await expect(chat.header.getByRole('heading', { level: 2 })).toHaveText('Round trip one');
    await expect(chat.messages).toHaveCount(4);

    const [md] = await Promise.all([page.waitForEvent('download'), chat.conversationAction('Export as Markdown')]);
    expect(md.suggestedFilename()).toBe('Round trip one.md');
    const markdown = fs.readFileSync((await md.path())!, 'utf8');
    expect(markdown).toContain('# Round trip one');
    expect(markdown).toContain('Simulated reply to: Round trip two');

    const [json] = await Promise.all([page.waitForEvent('download'), chat.conversationAction('Export as JSON')]);
    expect(json.suggestedFilename()).toBe('Round trip one.json');
    const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atelier-export-')), json.suggestedFilename());
    await json.saveAs(saved);
    const parsed = JSON.parse(fs.readFileSync(saved, 'utf8')) as { format: string; messages: unknown[] };
    expect(parsed.format).toBe('atelier.conversation');
    expect(parsed.messages).toHaveLength(4);

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chat.sidebar.getByRole('button', { name: 'Import a conversation' }).click()]);
    await chooser.setFiles(saved);
    await expect(page.getByRole('status').filter({ hasText: 'Conversation imported' })).toBeVisible();
    await expect(chat.conversation('Round trip one')).toHaveCount(2);
    const activeId = await chat.conversations.filter({ has: page.locator('[aria-current="true"]') }).getAttribute('data-conversation-id');
    const original = await chat.conversations.filter({ hasNot: page.locator('[aria-current="true"]') }).getAttribute('data-conversation-id');
    expect(activeId).not.toBe(original);
    await expect(chat.messages).toHaveCount(4);
    await expect(chat.assistantMessages.last()).toContainText('Simulated reply to: Round trip two');

    // The Markdown export imports back too: the picker offers .md, and the thread comes back message for message.
    const mdSaved = path.join(path.dirname(saved), md.suggestedFilename());
    await md.saveAs(mdSaved);
    const [mdChooser] = await Promise.all([page.waitForEvent('filechooser'), chat.sidebar.getByRole('button', { name: 'Import a conversation' }).click()]);
    expect(await page.getByTestId('import-input').getAttribute('accept')).toContain('.md');
    await mdChooser.setFiles(mdSaved);
    await expect(chat.conversation('Round trip one')).toHaveCount(3);
    await expect(chat.messages).toHaveCount(4);
    await expect(chat.assistantMessages.last()).toContainText('Simulated reply to: Round trip two');
    fs.rmSync(path.dirname(saved), { recursive: true, force: true });
  });
});
