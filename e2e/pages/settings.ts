import { expect, type Locator, type Page } from '@playwright/test';

export type SettingsSection = 'Providers' | 'Default models' | 'Key storage' | 'Appearance' | 'Data' | 'Keyboard shortcuts';

export interface NewProvider {
  kind: 'OpenAI' | 'OpenAI-compatible';
  preset?: string;
  name: string;
  baseUrl?: string;
  apiKey?: string;
}

/** Settings and its sections; provider cards are articles named after the provider. */
export class SettingsPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async open(section: SettingsSection = 'Providers'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await this.section(section);
  }

  async section(name: SettingsSection): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  keyStatus(name: string): Locator {
    return this.card(name).getByTestId('key-status');
  }

  models(name: string): Locator {
    return this.card(name).getByRole('list', { name: 'Model ids' }).getByRole('listitem');
  }

  /** The card's last connection outcome: a success line or an error callout. */
  connection(name: string): Locator {
    return this.card(name).locator('.connection--ok, .callout--error');
  }

  async addProvider(p: NewProvider): Promise<void> {
    await this.page.getByRole('button', { name: 'Add provider' }).first().click();
    const form = this.dialog.getByRole('form', { name: 'Add provider' });
    await form.getByRole('radio', { name: p.kind, exact: true }).check();
    if (p.preset) await form.getByLabel('Preset').selectOption({ label: p.preset });
    await form.getByLabel('Name').fill(p.name);
    if (p.baseUrl !== undefined) await form.getByLabel('Base URL').fill(p.baseUrl);
    if (p.apiKey !== undefined) await form.getByLabel('API key').fill(p.apiKey);
    await form.getByRole('button', { name: 'Add provider' }).click();
    await expect(this.dialog).toHaveCount(0);
    await expect(this.card(p.name)).toBeVisible();
  }

  async testConnection(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: 'Test connection' }).click();
  }

  async edit(name: string): Promise<Locator> {
    await this.card(name).getByRole('button', { name: 'Edit' }).click();
    return this.dialog.getByRole('form', { name: 'Edit provider' });
  }

  async removeKey(name: string): Promise<void> {
    const form = await this.edit(name);
    await form.getByRole('button', { name: 'Remove key' }).click();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  async addModel(name: string, model: string): Promise<void> {
    await this.card(name).getByLabel(`New model id for ${name}`).fill(model);
    await this.card(name).getByRole('button', { name: 'Add model' }).click();
  }

  async removeModel(name: string, model: string): Promise<void> {
    await this.card(name).getByRole('button', { name: `Remove model ${model}`, exact: true }).click();
  }

  async deleteProvider(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: `Delete ${name}` }).click();
    const confirm = this.page.getByRole('dialog', { name: `Delete ${name}?` });
    await confirm.getByRole('button', { name: 'Delete provider' }).click();
    await expect(confirm).toHaveCount(0);
  }

  themeOption(label: 'System' | 'Light' | 'Dark'): Locator {
    return this.page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: new RegExp(`^${label}\\b`) });
  }

  /** A language by its own name ("English", "简体中文") or "System"; the group is named in the current language. */
  languageOption(label: string): Locator {
    return this.page.getByRole('group', { name: /^(Language|语言)$/ }).getByRole('radio', { name: new RegExp(`^${label}`) });
  }
}
