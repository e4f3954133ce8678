import { expect, type Locator, type Page } from '@playwright/test';

export interface EndpointDetails {
  /** Label of a preset in the Preset list, e.g. "Custom endpoint". */
  preset?: string;
  name?: string;
  baseUrl?: string;
  apiKey?: string;
}

/** The first-run welcome flow. */
export class OnboardingPage {
  readonly dialog: Locator;
  readonly welcome: Locator;
  readonly success: Locator;
  readonly error: Locator;
  readonly defaults: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog').filter({ has: page.locator('.onboarding__actions') });
    this.welcome = page.getByRole('dialog', { name: 'Welcome to Atelier' });
    this.success = this.dialog.getByRole('status').filter({ hasText: 'is connected' });
    this.error = this.dialog.getByRole('alert');
    this.defaults = this.dialog.getByLabel('Default models');
  }

  async chooseOpenAI(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^OpenAI/ }).click();
  }

  async chooseCompatible(): Promise<void> {
    await this.dialog.getByRole('button', { name: /Another OpenAI-compatible endpoint/ }).click();
  }

  async fillEndpoint(details: EndpointDetails): Promise<void> {
    if (details.preset) await this.dialog.getByLabel('Preset').selectOption({ label: details.preset });
    if (details.name !== undefined) await this.dialog.getByLabel('Name').fill(details.name);
    if (details.baseUrl !== undefined) await this.dialog.getByLabel('Base URL').fill(details.baseUrl);
    if (details.apiKey !== undefined) await this.dialog.getByLabel('API key').fill(details.apiKey);
  }

  async connect(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Connect' }).click();
  }

  async back(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Back' }).click();
  }

  async finish(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Start using Atelier' }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  async skip(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Skip for now' }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}
