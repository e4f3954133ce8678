import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Image analysis screen. */
export class VisionPage {
  readonly table: Locator;
  readonly estimate: Locator;
  readonly stats: Locator;
  constructor(readonly page: Page) {
    this.table = page.getByTestId('vision-results-table');
    this.estimate = page.getByTestId('vision-estimate');
    this.stats = page.getByTestId('vision-stats');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/image-analysis`);
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(this.page.getByTestId('vision-screen')).toBeVisible();
  }

  async addFolder(dir: string): Promise<void> {
    await this.page.getByTestId('vision-folder-input').setInputFiles(dir);
  }

  async chooseRecipe(name: string): Promise<void> {
    await this.page.getByLabel('Recipe', { exact: true }).selectOption({ label: name });
  }

  async start(): Promise<void> {
    await this.page.getByTestId('vision-start').click();
  }

  tab(name: 'Set up' | 'Results' | 'Compare models' | 'Summary'): Locator {
    return this.page.getByRole('tab', { name });
  }

  async exportAs(format: 'CSV' | 'XLSX' | 'JSON'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: format, exact: true }).click()]);
    return download;
  }

  columnHeaders(): Locator {
    return this.table.locator('thead th');
  }
}
