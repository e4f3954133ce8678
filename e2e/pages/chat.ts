import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell';

/** The Chat screen: conversation sidebar, the open conversation, composer and search palette. */
export class ChatPage {
  readonly shell: ShellPage;
  readonly screen: Locator;
  readonly sidebar: Locator;
  readonly conversations: Locator;
  readonly composer: Locator;
  readonly input: Locator;
  readonly estimate: Locator;
  readonly messages: Locator;
  readonly assistantMessages: Locator;
  readonly userMessages: Locator;
  readonly header: Locator;
  readonly search: Locator;
  readonly searchInput: Locator;
  readonly searchResults: Locator;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
    this.screen = page.getByTestId('chat-screen');
    this.sidebar = page.getByRole('complementary', { name: 'Conversations sidebar' });
    this.conversations = page.getByRole('navigation', { name: 'Conversations' }).locator('.conversation-row');
    this.composer = page.getByTestId('composer');
    this.input = this.composer.getByRole('textbox', { name: 'Message' });
    this.estimate = this.composer.getByTestId('estimate');
    this.messages = page.getByRole('log', { name: 'Messages' }).getByRole('article');
    this.assistantMessages = page.getByRole('log', { name: 'Messages' }).getByRole('article', { name: 'Assistant' });
    this.userMessages = page.getByRole('log', { name: 'Messages' }).getByRole('article', { name: 'You' });
    this.header = page.getByRole('region', { name: 'Conversation' }).locator('.conversation-header');
    this.search = page.getByRole('dialog', { name: 'Search messages' });
    this.searchInput = this.search.getByRole('combobox', { name: 'Search messages' });
    this.searchResults = this.search.getByRole('option');
  }

  /** Opens the app on the Chat screen, past the first-run "You're set up" dialog if it shows. */
  async open(url: string): Promise<void> {
    await this.shell.open(url);
    await this.dismissOnboarding();
    await expect(this.screen).toBeVisible();
  }

  async dismissOnboarding(): Promise<void> {
    const dialog = this.page.getByRole('dialog').filter({ has: this.page.locator('.onboarding__actions') });
    if (!(await dialog.isVisible())) return;
    await expect(dialog.getByRole('status').filter({ hasText: 'Connected in' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect(dialog).toHaveCount(0);
  }

  async newChat(): Promise<void> {
    await this.sidebar.getByRole('button', { name: 'New chat' }).click();
    await expect(this.input).toBeFocused();
  }

  async send(text: string): Promise<void> {
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  /** The newest reply, found by role and waited on through its data-status. */
  lastReply(): Locator {
    return this.assistantMessages.last();
  }

  async expectReplyStatus(status: 'streaming' | 'complete' | 'interrupted' | 'cancelled' | 'error'): Promise<void> {
    await expect(this.lastReply()).toHaveAttribute('data-status', status);
  }

  stopButton(): Locator {
    return this.composer.getByRole('button', { name: 'Stop' });
  }

  conversation(title: string | RegExp): Locator {
    return this.conversations.filter({ hasText: title });
  }

  async openConversation(title: string | RegExp): Promise<void> {
    await this.conversation(title).locator('.conversation-row__main').click();
    await expect(this.header.getByRole('heading', { level: 2 })).toHaveText(title);
  }

  async conversationAction(action: string): Promise<void> {
    await this.header.getByRole('button', { name: 'Conversation actions' }).click();
    await this.page.getByRole('menu', { name: 'Conversation actions' }).getByRole('menuitem', { name: action }).click();
  }

  async openSearch(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.searchInput).toBeFocused();
  }

  /** The message element that carries a given id (data-message-id). */
  message(id: string): Locator {
    return this.page.locator(`article[data-message-id="${id}"]`);
  }
}

/** Seeds a conversation over the API (as another window would): each text is sent and its reply awaited. */
export async function seedConversation(
  api: import('../api-client').ApiClient,
  texts: string[],
): Promise<{ id: string; userIds: string[]; replyIds: string[] }> {
  const conversation = await api.value('chat.create', {});
  const userIds: string[] = [];
  const replyIds: string[] = [];
  for (const text of texts) {
    const receipt = await api.value('chat.send', { conversationId: conversation.id, text });
    userIds.push(receipt.userMessage.id);
    replyIds.push(receipt.assistantMessage.id);
    await expect
      .poll(() => api.events.some((e) => e.name === 'chat.message' && (e.payload as { message: { id: string; status: string } }).message.id === receipt.assistantMessage.id), { timeout: 10_000 })
      .toBe(true);
  }
  return { id: conversation.id, userIds, replyIds };
}
