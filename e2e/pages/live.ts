import { expect, type Locator, type Page } from '@playwright/test';

/** The "Record meeting" view inside Transcription. */
export class LivePage {
  readonly panel: Locator;
  readonly captions: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('live-panel');
    this.captions = page.getByTestId('live-captions');
  }

  async start(): Promise<void> {
    await this.page.getByTestId('live-open').click();
    await expect(this.page.getByTestId('live-setup')).toBeVisible();
    await this.page.getByTestId('live-start').click();
    await expect(this.panel).toBeVisible({ timeout: 30_000 });
  }

  link(): Locator {
    return this.page.getByTestId('live-link');
  }

  /** The notice of a meeting this window shows but does not record (data-elsewhere: another window records it). */
  detached(): Locator {
    return this.page.getByTestId('live-detached');
  }

  finalCaptions(): Locator {
    return this.captions.locator('[data-final="true"] .live-caption__text');
  }

  async waitForCaption(word: string, timeout = 30_000): Promise<void> {
    await expect(this.finalCaptions().filter({ hasText: new RegExp(`\\b${word}\\b`) }).first()).toBeVisible({ timeout });
  }

  /** Audio the page has handed to core so far, in ms. */
  async sentMs(): Promise<number> {
    return Number(await this.panel.getAttribute('data-sent-ms'));
  }

  async stop(): Promise<void> {
    await this.page.getByTestId('live-stop').click();
    await expect(this.panel).toHaveCount(0, { timeout: 60_000 });
  }
}
