import { expect, type Locator, type Page } from '@playwright/test';

export type PipelineSection = 'Policies' | 'Budgets' | 'Pricing & currency' | 'Cache & logs';

export interface NewBudget {
  scope: 'Everything' | 'A kind of work' | 'A scene';
  /** The modality or scene option label, for those scopes. */
  target?: string;
  period: 'Daily' | 'Monthly';
  /** In the display currency, as typed. */
  limit: string;
  hard: boolean;
}

/** The Settings sections of the request pipeline: policies, budgets, pricing, cache and logs. */
export class PipelineSettingsPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async open(section: PipelineSection): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await this.section(section);
  }

  async section(name: PipelineSection): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  /** A toast's text, e.g. "Policies saved". */
  toast(text: string): Locator {
    return this.page.locator('.toaster').getByText(text, { exact: true });
  }

  // ------------------------------------------------------------ policies

  /** One modality's row in the policy table (a group named after the modality label). */
  policyRow(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  async savePolicies(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save policies' }).click();
  }

  async resetPolicies(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset to defaults' }).click();
    await this.page.getByRole('dialog', { name: 'Reset every policy to its default?' }).getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  sceneRow(label: string): Locator {
    return this.page.getByRole('list', { name: 'Scenes' }).getByRole('listitem', { name: label, exact: true });
  }

  async editScene(label: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Edit overrides for ${label}`, exact: true }).click();
    return this.page.getByRole('dialog', { name: `Overrides for ${label}` });
  }

  // ------------------------------------------------------------ budgets

  budgetRow(name: string): Locator {
    return this.page.getByRole('list', { name: 'Budgets' }).getByRole('listitem', { name, exact: true });
  }

  async addBudget(b: NewBudget): Promise<void> {
    await this.page.getByRole('button', { name: 'Add budget' }).first().click();
    const form = this.dialog.getByRole('form', { name: 'Add budget' });
    await form.getByRole('radio', { name: b.scope, exact: true }).check();
    if (b.target) await form.getByLabel(b.scope === 'A scene' ? 'Scene' : 'Kind of work').selectOption({ label: b.target });
    await form.getByRole('radio', { name: b.period, exact: true }).check();
    await form.getByRole('spinbutton', { name: 'Limit' }).fill(b.limit);
    await form.getByRole('radio', { name: b.hard ? /^Hard/ : /^Soft/ }).check();
    await this.dialog.getByRole('button', { name: 'Add budget' }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  // ------------------------------------------------------------ pricing and currency

  async setCurrency(code: string, rate: string, symbol?: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Display currency' });
    await form.getByLabel('Code').fill(code);
    if (symbol !== undefined) await form.getByLabel('Symbol').fill(symbol);
    await form.getByLabel('Rate').fill(rate);
    await this.page.getByRole('button', { name: 'Save currency' }).click();
    await expect(this.toast('Currency saved')).toBeVisible();
  }

  priceRow(model: string): Locator {
    return this.page.getByRole('table', { name: 'Model prices' }).getByRole('row', { name: model, exact: true });
  }

  // ------------------------------------------------------------ cache and logs

  switch(name: string): Locator {
    return this.page.getByRole('switch', { name, exact: true });
  }
}
