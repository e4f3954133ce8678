import { expect, type Locator, type Page } from '@playwright/test';

export const SCREEN_TITLES = ['Chat', 'Image analysis', 'Image studio', 'Transcription', 'Usage', 'Settings'] as const;
export type ScreenTitle = (typeof SCREEN_TITLES)[number];

/** The app frame: sidebar navigation, page header, banners and global dialogs. */
export class ShellPage {
  readonly nav: Locator;
  readonly heading: Locator;
  readonly demoBanner: Locator;
  readonly reconnectBanner: Locator;
  readonly shortcutsDialog: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.demoBanner = page.getByRole('status').filter({ hasText: 'Demo mode — answers come from a local simulator, not a real model.' });
    this.reconnectBanner = page.getByRole('alert').filter({ hasText: 'Reconnecting to Atelier…' });
    this.shortcutsDialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /**
   * Records the title of every toast the page shows from its next load on, however briefly it shows: news
   * that arrives while a test waits on something else is still seen. Call before {@link open}.
   */
  async recordToasts(): Promise<() => Promise<string[]>> {
    await this.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __toastsSeen: string[] }).__toastsSeen = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          for (const node of r.addedNodes) {
            if (!(node instanceof HTMLElement)) continue;
            const titles = node.matches('.toast__title') ? [node] : [...node.querySelectorAll('.toast__title')];
            for (const t of titles) seen.push(t.firstChild?.textContent ?? '');
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    return () => this.page.evaluate(() => [...(window as unknown as { __toastsSeen?: string[] }).__toastsSeen ?? []]);
  }

  /** Opens the app and waits until every store has loaded once. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible();
  }

  navLink(title: ScreenTitle): Locator {
    return this.nav.getByRole('link', { name: title, exact: true });
  }

  async goTo(title: ScreenTitle): Promise<void> {
    await this.navLink(title).click();
    await this.expectScreen(title);
  }

  async expectScreen(title: ScreenTitle): Promise<void> {
    await expect(this.heading).toHaveText(title);
    await expect(this.navLink(title)).toHaveAttribute('aria-current', 'page');
  }

  /** The frame never scrolls: the document is exactly the window, so banner and sidebar stay put. */
  async expectFrameFits(where: string): Promise<void> {
    const size = await this.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return { scrollHeight: root.scrollHeight, clientHeight: root.clientHeight, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, bodyHeight: document.body.scrollHeight };
    });
    expect(size.scrollHeight, `${where}: the window scrolls vertically`).toBeLessThanOrEqual(size.clientHeight);
    expect(size.bodyHeight, `${where}: the body is taller than the window`).toBeLessThanOrEqual(size.clientHeight);
    expect(size.scrollWidth, `${where}: the window scrolls sideways`).toBeLessThanOrEqual(size.clientWidth);
  }

  /** The placeholder panel of a screen that is not built yet. */
  placeholder(): Locator {
    return this.page.getByRole('main').locator('.empty');
  }

  setUpProviderButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: 'Set up a provider' });
  }
}
