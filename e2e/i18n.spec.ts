import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';

test.describe('interface language', () => {
  test('switching to Simplified Chinese translates the frame, sets <html lang> and is remembered', async ({ app, page }) => {
    await new ShellPage(page).open(app.url);
    await new OnboardingPage(page).skip();
    const settings = new SettingsPage(page);
    await settings.open('Appearance');
    const nav = page.getByRole('navigation');
    await expect(nav.getByRole('link', { name: /^Chat/ })).toBeVisible();

    await settings.languageOption('简体中文').check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(nav.getByRole('link', { name: /^对话/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
    await expect(page).toHaveTitle('设置 — Atelier');

    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: /^转写/ })).toBeVisible();

    await settings.languageOption('English').check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation').getByRole('link', { name: /^Transcription/ })).toBeVisible();
  });

  test.describe('on a system whose language is Chinese', () => {
    test.use({ locale: 'zh-CN' });

    test('"System" shows the interface in Simplified Chinese from the first screen', async ({ app, page }) => {
      await new ShellPage(page).open(app.url);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await page.getByRole('dialog').getByRole('button', { name: /Skip for now|暂时跳过/ }).click();
      await expect(page.getByRole('navigation').getByRole('link', { name: /^图像分析/ })).toBeVisible();
    });
  });
});
