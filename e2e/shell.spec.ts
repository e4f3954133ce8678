import fs from 'node:fs';
import { launchApp } from './app-process';
import { expect, test } from './fixtures';
import { DEFAULT_MODELS } from './simulator/models';
import { OnboardingPage } from './pages/onboarding';
import { SCREEN_TITLES, ShellPage } from './pages/shell';

test.describe('app shell', () => {
  test('navigates by clicking and with Ctrl+1..6', async ({ app, page }) => {
    const shell = new ShellPage(page);
    await shell.open(app.url);
    await new OnboardingPage(page).skip();

    for (const title of SCREEN_TITLES) await shell.goTo(title);
    for (const [i, title] of SCREEN_TITLES.entries()) {
      await page.keyboard.press(`Control+${i + 1}`);
      await shell.expectScreen(title);
    }
    await page.keyboard.press('Control+1');
    await shell.expectScreen('Chat');
    await page.keyboard.press('Control+,');
    await shell.expectScreen('Settings');
    await expect(page).toHaveTitle('Settings — Atelier');
  });

  test('"?" opens the shortcuts dialog and Esc closes it; typing "?" in a field does not', async ({ app, page }) => {
    const shell = new ShellPage(page);
    await shell.open(app.url);
    await new OnboardingPage(page).skip();

    await page.keyboard.press('?');
    await expect(shell.shortcutsDialog).toBeVisible();
    await expect(shell.shortcutsDialog).toContainText('Go to Transcription');
    await page.keyboard.press('Escape');
    await expect(shell.shortcutsDialog).toHaveCount(0);

    await shell.goTo('Settings');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await page.getByLabel('Name').press('End');
    await page.getByLabel('Name').press('?');
    await expect(page.getByLabel('Name')).toHaveValue('OpenAI?');
    await expect(shell.shortcutsDialog).toHaveCount(0);
  });

  test('demo mode: a persistent banner, and the environment provider is ready without setup', async ({ sim, page }) => {
    const app = await launchApp({ env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-sim-demo-0000', ATELIER_SIMULATOR: '1' } });
    try {
      const shell = new ShellPage(page);
      const onboarding = new OnboardingPage(page);
      await shell.open(app.url);
      // The welcome dialog is modal: the banner behind it is inert until it closes.
      await expect(page.getByRole('dialog', { name: 'You’re set up with Simulator (demo)' })).toBeVisible();
      await expect(onboarding.dialog.getByRole('status').filter({ hasText: 'Connected in' })).toContainText(`${DEFAULT_MODELS.length} models available`);
      await onboarding.dialog.getByRole('button', { name: 'Continue' }).click();
      await expect(onboarding.dialog).toHaveCount(0);
      await expect(shell.demoBanner).toBeVisible();

      await expect(page.getByRole('main')).toContainText('Will use gpt-5-mini from Simulator (demo)');
      await shell.goTo('Settings');
      await expect(shell.demoBanner).toBeVisible();
      const card = page.getByRole('article', { name: 'Simulator (demo)' });
      await expect(card).toContainText('From environment');
      await expect(card.getByTestId('key-status')).toHaveText('•••• 0000');
      await expect(card.getByRole('button', { name: 'Edit' })).toHaveCount(0);

      await page.reload();
      await shell.waitReady();
      await expect(onboarding.dialog).toHaveCount(0);
    } finally {
      await app.stop();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
  });

  test('a failed action shows a toast with its message and hint, never raw data, and rolls back', async ({ app, page }) => {
    // Answer theme changes with an error, as core would if its database refused the write.
    await page.routeWebSocket(/\/rpc$/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((frame) => {
        const request = JSON.parse(String(frame)) as { id: number; name: string; input: { theme?: string } };
        if (request.name !== 'settings.update' || !request.input.theme) return server.send(frame);
        const error = { code: 'internal', message: 'Something went wrong inside Atelier.', hint: 'Try again. If it keeps happening, restart the app.' };
        ws.send(JSON.stringify({ kind: 'result', id: request.id, result: { ok: false, error } }));
      });
    });
    const shell = new ShellPage(page);
    await shell.open(app.url);
    await new OnboardingPage(page).skip();
    await shell.goTo('Settings');
    await page.getByRole('tab', { name: 'Appearance' }).click();
    await page.getByRole('radio', { name: /^Dark\b/ }).click();

    const toast = page.locator('.toaster').getByRole('alert');
    await expect(toast).toContainText('Could not change the theme');
    await expect(toast).toContainText('Something went wrong inside Atelier.');
    await expect(toast).toContainText('Try again. If it keeps happening, restart the app.');
    await expect(toast).not.toContainText('internal');
    await expect(toast).not.toContainText('{');
    await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: /^System\b/ })).toBeChecked();
    await toast.getByRole('button', { name: 'Dismiss notification' }).click();
    await expect(toast).toHaveCount(0);
  });

  test('a lost connection shows "Reconnecting to Atelier…"', async ({ page }) => {
    const app = await launchApp();
    try {
      const shell = new ShellPage(page);
      await shell.open(app.url);
      await new OnboardingPage(page).skip();
      await expect(shell.reconnectBanner).toHaveCount(0);
      await app.stop();
      await expect(shell.reconnectBanner).toBeVisible();
    } finally {
      await app.stop();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
  });
});
