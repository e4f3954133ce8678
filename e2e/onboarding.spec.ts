import { expect, test } from './fixtures';
import { DEFAULT_MODELS } from './simulator/models';
import { OnboardingPage } from './pages/onboarding';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';

const KEY = 'sk-test-1234abcd';

test.describe('first-run onboarding', () => {
  test('a new user connects a compatible provider, gets default models and lands in the app', async ({ app, sim, page }) => {
    const shell = new ShellPage(page);
    const onboarding = new OnboardingPage(page);
    await shell.open(app.url);
    await expect(onboarding.welcome).toBeVisible();

    await onboarding.chooseCompatible();
    await onboarding.fillEndpoint({ preset: 'Custom endpoint', name: 'Simulator', baseUrl: sim.baseUrl, apiKey: KEY });
    // Even while typed, the key lives only in the input's live value, never in the markup.
    expect(await page.content()).not.toContain(KEY);
    await onboarding.connect();

    await expect(onboarding.success).toContainText('Simulator is connected');
    await expect(onboarding.success).toContainText(new RegExp(`Answered in \\d+ ms · ${DEFAULT_MODELS.length} models available`));
    await expect(onboarding.defaults).toContainText('gpt-5-mini');
    await expect(onboarding.defaults).toContainText('gpt-image-2');
    await expect(onboarding.defaults).toContainText('gpt-4o-transcribe');
    expect(sim.requests.some((r) => r.path === '/v1/models')).toBe(true);

    await onboarding.finish();
    await shell.expectScreen('Chat');
    await expect(page.getByRole('main')).toContainText('Will use gpt-5-mini from Simulator');

    await page.reload();
    await shell.waitReady();
    await expect(onboarding.dialog).toHaveCount(0);
    const settings = new SettingsPage(page);
    await settings.open('Default models');
    await expect(page.getByLabel('Transcription model')).toHaveValue('gpt-4o-transcribe');
  });

  test('errors appear inline with a hint, and the user can go back and fix them', async ({ app, sim, page }) => {
    const shell = new ShellPage(page);
    const onboarding = new OnboardingPage(page);
    await shell.open(app.url);

    await onboarding.chooseCompatible();
    await onboarding.fillEndpoint({ preset: 'Custom endpoint', name: 'Gateway', baseUrl: 'not a url' });
    await onboarding.connect();
    await expect(onboarding.dialog.getByRole('alert')).toContainText('Enter a full URL');

    await onboarding.fillEndpoint({ baseUrl: 'http://127.0.0.1:9/v1' });
    await onboarding.connect();
    await expect(onboarding.error).toContainText('Could not connect to the provider.');
    await expect(onboarding.error).toContainText("Check the network connection and the provider's base URL.");

    await onboarding.back();
    await expect(onboarding.welcome).toBeVisible();
    await onboarding.chooseCompatible();
    await onboarding.fillEndpoint({ preset: 'Custom endpoint', name: 'Gateway', baseUrl: sim.baseUrl, apiKey: KEY });
    await onboarding.connect();
    await expect(onboarding.success).toContainText('Gateway is connected');
    await onboarding.finish();

    // The failed attempt was fixed in place, not left behind as a second provider.
    const settings = new SettingsPage(page);
    await settings.open('Providers');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(settings.card('Gateway')).toContainText(sim.baseUrl);
  });

  test('OpenAI needs a key before it tries to connect', async ({ app, page }) => {
    const shell = new ShellPage(page);
    const onboarding = new OnboardingPage(page);
    await shell.open(app.url);
    await onboarding.chooseOpenAI();
    await expect(onboarding.dialog.getByLabel('Base URL')).toHaveValue('https://api.openai.com/v1');
    await onboarding.connect();
    await expect(onboarding.dialog.getByRole('alert')).toHaveText('Paste your OpenAI API key.');
  });

  test('"Skip for now" closes the flow for good and the placeholders lead to Settings', async ({ app, page }) => {
    const shell = new ShellPage(page);
    const onboarding = new OnboardingPage(page);
    await shell.open(app.url);
    await onboarding.skip();
    await shell.setUpProviderButton().click();
    await shell.expectScreen('Settings');
    await expect(page.getByRole('tab', { name: 'Providers' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('No providers yet')).toBeVisible();

    await page.reload();
    await shell.waitReady();
    await expect(onboarding.dialog).toHaveCount(0);
  });
});
