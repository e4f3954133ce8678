import { expect, type Locator, type Page } from '@playwright/test';

/** The Image studio screen: form, queue, gallery and review panel. */
export class StudioPage {
  readonly form: Locator;
  readonly gallery: Locator;
  readonly cards: Locator;
  readonly review: Locator;
  readonly queueItems: Locator;
  readonly estimate: Locator;
  readonly confirmDialog: Locator;
  readonly maskDialog: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Generate or edit' });
    this.gallery = page.getByTestId('gallery');
    this.cards = this.gallery.locator('.st-card');
    this.review = page.getByTestId('review-panel');
    this.queueItems = page.getByTestId('queue-item');
    this.estimate = page.getByTestId('estimate');
    this.confirmDialog = page.getByRole('dialog', { name: 'Send this request?' });
    this.maskDialog = page.getByRole('dialog', { name: 'Paint the area to change' });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** Picks an option by value; in a model picker (values "provider|model") by the model's id. */
  async choose(label: string, value: string): Promise<void> {
    const field = this.field(label);
    const values = await field.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await field.selectOption(values.includes(value) ? value : values.find((v) => v.endsWith(`|${value}`)) ?? value);
  }

  async prompt(text: string): Promise<void> {
    await this.field('Prompt').fill(text);
  }

  /** Waits for the estimate to reflect the form, then presses Generate (or Edit image). */
  async generate(): Promise<void> {
    await expect(this.estimate).toContainText(/output tokens|per image/);
    await this.form.getByRole('button', { name: /^(Generate|Edit image)$/ }).click();
  }

  async expectCards(n: number): Promise<void> {
    await expect(this.cards).toHaveCount(n, { timeout: 90_000 });
  }

  async openCard(index = 0): Promise<void> {
    await this.cards.nth(index).click();
    await expect(this.review).toBeVisible();
  }

  async paintStroke(): Promise<void> {
    const canvas = this.maskDialog.getByTestId('mask-canvas');
    const box = (await canvas.boundingBox())!;
    await this.page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 8 });
    await this.page.mouse.up();
  }
}
