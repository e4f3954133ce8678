import { expect, type Locator, type Page } from '@playwright/test';
import type { ChatMessageView, ModelRef } from '../../shared/contract';
import type { ApiClient } from '../api-client';

export type UsagePreset = 'Today' | 'Last 7 days' | 'This month' | 'Last 30 days' | 'Custom';
export type StatName = 'Spend' | 'Requests' | 'Tokens' | 'Cache savings' | 'Failures';

/** The Usage screen: period picker, stat cards, charts, budgets, the costliest requests. */
export class UsagePage {
  readonly main: Locator;
  readonly chart: Locator;
  readonly chartTable: Locator;
  readonly breakdown: Locator;
  readonly budgets: Locator;
  readonly expensive: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.chart = this.main.getByRole('img', { name: /by (day|month)/ });
    this.chartTable = this.main.getByRole('table', { name: /by (day|month)/ });
    this.breakdown = this.main.getByRole('list', { name: /^Spend by / });
    this.budgets = this.main.getByRole('list', { name: 'Budget state' });
    this.expensive = this.main.getByRole('table', { name: 'Most expensive requests' });
    this.empty = this.main.getByRole('heading', { name: 'No requests yet in this period' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Usage', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Usage');
  }

  async preset(name: UsagePreset): Promise<void> {
    await this.main.getByRole('radio', { name, exact: true }).check();
  }

  /** The big figure of a stat card, e.g. "$0.0123". */
  stat(name: StatName): Locator {
    return this.main.getByRole('group', { name, exact: true }).locator('.stat__value');
  }

  statDetail(name: StatName): Locator {
    return this.main.getByRole('group', { name, exact: true }).locator('.stat__detail');
  }

  /** Switches the breakdown card between Model, Scene and Kind. */
  async breakdownBy(name: 'Model' | 'Scene' | 'Kind'): Promise<void> {
    await this.main.getByRole('radio', { name, exact: true }).check();
  }

  expensiveRows(): Locator {
    return this.expensive.locator('tbody tr');
  }

  exportButton(): Locator {
    return this.main.getByRole('button', { name: 'Export CSV' });
  }

  async clearCache(): Promise<void> {
    await this.main.getByRole('button', { name: 'Clear cache' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Clear the response cache?' });
    await dialog.getByRole('button', { name: 'Clear cache' }).click();
    await expect(dialog).toHaveCount(0);
  }
}

// ---------------------------------------------------------------- making ledger data through the API

/** Today as the ledger keys it: the local calendar day, YYYY-MM-DD. */
export function localDay(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The chat.message event that settled an assistant message (complete, error, …), once it has arrived. */
export function settledMessage(client: ApiClient, messageId: string): ChatMessageView | undefined {
  for (const e of client.events) {
    if (e.name !== 'chat.message') continue;
    const { message } = e.payload as { message: ChatMessageView };
    if (message.id === messageId && message.status !== 'streaming') return message;
  }
  return undefined;
}

/** Waits for the app's chat.message event that settles an assistant message. */
export async function settled(client: ApiClient, messageId: string, timeout = 30_000): Promise<ChatMessageView> {
  await expect.poll(() => settledMessage(client, messageId)?.status, { timeout, message: `reply ${messageId} settles` }).toBeTruthy();
  return settledMessage(client, messageId)!;
}

/** Sends one message in a conversation through the real pipeline and waits for the reply to settle. */
export async function sendChat(client: ApiClient, conversationId: string, text: string, model?: ModelRef): Promise<ChatMessageView> {
  const receipt = await client.value('chat.send', { conversationId, text, ...(model ? { model } : {}) });
  return settled(client, receipt.assistantMessage.id);
}

/** A new conversation in the scene with this billing name (null: no scene, billed as general_chat). */
export async function conversationIn(client: ApiClient, sceneName: string | null): Promise<string> {
  const scenes = await client.value('scenes.list', {});
  const scene = sceneName ? scenes.find((s) => s.name === sceneName) : undefined;
  if (sceneName && !scene) throw new Error(`no scene ${sceneName}`);
  const c = await client.value('chat.create', scene ? { sceneId: scene.id } : {});
  return c.id;
}
