import { connectApi } from './api-client';
import { expect, test } from './fixtures';
import { ChatPage } from './pages/chat';
import { SCREEN_TITLES, ShellPage } from './pages/shell';

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;
const SETTINGS_TABS = ['Providers', 'Default models', 'Policies', 'Budgets', 'Pricing & currency', 'Cache & logs', 'Key storage', 'Appearance', 'Data', 'Keyboard shortcuts'];

/** Every screen (and every Settings tab) in both themes at both window sizes, with data on them. */
test.describe('tour of every screen', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const viewport of VIEWPORTS) {
      test(`${theme}, ${viewport.width}×${viewport.height}: the frame never scrolls, only panes do`, async ({ simApp, page }) => {
        test.slow();
        const api = await connectApi(simApp.url);
        // The environment provider's models are read in the background at start: wait for a default chat model.
        await expect.poll(async () => (await api.value('settings.get', {})).defaults.text, { timeout: 30_000 }).not.toBeNull();
        const conversation = await api.value('chat.create', {});
        await api.value('chat.send', { conversationId: conversation.id, text: 'A question to put something on the Usage screen' });
        await expect.poll(() => api.events.some((e) => e.name === 'chat.message')).toBe(true);
        await api.value('settings.update', { theme });
        api.close();

        await page.setViewportSize(viewport);
        const chat = new ChatPage(page);
        const shell = new ShellPage(page);
        await chat.open(simApp.url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        for (const title of SCREEN_TITLES) {
          await shell.goTo(title);
          if (title === 'Usage') await expect(page.getByRole('main').getByText('Spend by day').first()).toBeVisible();
          await shell.expectFrameFits(title);
        }
        for (const tab of SETTINGS_TABS) {
          await page.getByRole('tab', { name: tab }).click();
          await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
          await shell.expectFrameFits(`Settings → ${tab}`);
        }
        // A long section scrolled to its end still shows the section tabs.
        await page.getByRole('tab', { name: 'Policies' }).click();
        await page.getByRole('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
        await expect(page.getByRole('tab', { name: 'Policies' })).toBeInViewport();
      });
    }
  }
});
