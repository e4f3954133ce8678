import type { Page } from '@playwright/test';
import { wcagViolations } from './axe';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding';
import { ShellPage } from './pages/shell';

const THEMES = ['light', 'dark'] as const;

/** Serious and critical WCAG 2.1 A/AA findings on the page as it is now, one line each. */
async function seriousFindings(page: Page, where: string): Promise<string[]> {
  return (await wcagViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${where}: ${v.id} (${v.impact}) at ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

test.describe('accessibility', () => {
  for (const theme of THEMES) {
    test(`every screen and the shortcuts dialog have no serious or critical axe findings in the ${theme} theme`, async ({ simApp, page }) => {
      // An axe scan of every screen takes a while on a busy 2-core machine: give it room, not a deadline.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: theme });
      const shell = new ShellPage(page);
      // A provider from the environment: every screen shows its working state after one "Continue".
      await shell.open(simApp.url);
      const onboarding = new OnboardingPage(page);
      await expect(onboarding.dialog.getByRole('status').filter({ hasText: 'Connected in' })).toBeVisible();
      await onboarding.dialog.getByRole('button', { name: 'Continue' }).click();
      await expect(onboarding.dialog).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

      const findings: string[] = [];
      const links = page.getByRole('navigation').getByRole('link');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const name = (await link.innerText()).split('\n')[0]!.trim();
        await link.click();
        await expect(link).toHaveAttribute('aria-current', 'page');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        findings.push(...(await seriousFindings(page, name)));
      }
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      findings.push(...(await seriousFindings(page, 'Shortcuts dialog')));
      expect(findings).toEqual([]);
    });
  }

  test('a dialog traps focus, hides the page behind it from assistive technology, and gives focus back', async ({ app, page }) => {
    const shell = new ShellPage(page);
    await shell.open(app.url);
    await new OnboardingPage(page).skip();
    const settingsLink = page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true });
    await settingsLink.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // The sidebar is outside the dialog: hidden from the accessibility tree while it is open.
    await expect(page.getByRole('navigation')).toHaveCount(0);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(settingsLink).toBeFocused();
  });
});
