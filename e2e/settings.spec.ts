import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { DEFAULT_MODELS } from './simulator/models';
import { OnboardingPage } from './pages/onboarding';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';

/** Distinctive, so a match anywhere can only be this key. */
const KEY = 'sk-test-Q7rUniqueSecretZ9-1234abcd';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

test.describe('settings', () => {
  let settings: SettingsPage;

  test.beforeEach(async ({ app, page }) => {
    const shell = new ShellPage(page);
    await shell.open(app.url);
    await new OnboardingPage(page).skip();
    settings = new SettingsPage(page);
    await settings.open('Providers');
  });

  test('a stored key shows only as •••• and its last four, and appears nowhere in the page or the data folder', async ({ app, sim, page }) => {
    await settings.addProvider({ kind: 'OpenAI-compatible', preset: 'Custom endpoint', name: 'Sim', baseUrl: sim.baseUrl, apiKey: KEY });
    await expect(settings.keyStatus('Sim')).toHaveText('•••• abcd');
    await expect(settings.models('Sim')).toHaveCount(DEFAULT_MODELS.length);
    await settings.testConnection('Sim');
    await expect(settings.connection('Sim')).toContainText('Connected in');

    const html = await page.content();
    expect(html).not.toContain(KEY);
    expect(html).not.toContain('Q7rUniqueSecretZ9');

    const secret = Buffer.from(KEY);
    const middle = Buffer.from('Q7rUniqueSecretZ9');
    const files = filesUnder(app.dataDir);
    expect(files.some((f) => f.endsWith('.db') || f.endsWith('.sqlite'))).toBe(true);
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      expect(bytes.includes(secret), `${file} contains the key`).toBe(false);
      expect(bytes.includes(middle), `${file} contains part of the key`).toBe(false);
    }
  });

  test('test connection shows latency and model count, or a clear offline error', async ({ sim }) => {
    await settings.addProvider({ kind: 'OpenAI-compatible', preset: 'Custom endpoint', name: 'Sim', baseUrl: sim.baseUrl, apiKey: KEY });
    await settings.testConnection('Sim');
    await expect(settings.connection('Sim')).toHaveText(new RegExp(`Connected in \\d+ ms · ${DEFAULT_MODELS.length} models available`));

    await settings.addProvider({ kind: 'OpenAI-compatible', preset: 'Custom endpoint', name: 'Offline', baseUrl: 'http://127.0.0.1:9/v1' });
    await settings.testConnection('Offline');
    const error = settings.card('Offline').getByRole('alert');
    await expect(error).toContainText('Could not connect to the provider.');
    await expect(error).toContainText("Check the network connection and the provider's base URL.");
    await expect(error).not.toContainText('{');
  });

  test('models can be added and removed by hand, and the list survives a reload', async ({ sim, page }) => {
    await settings.addProvider({ kind: 'OpenAI-compatible', preset: 'Custom endpoint', name: 'Sim', baseUrl: sim.baseUrl, apiKey: KEY });
    await expect(settings.models('Sim')).toHaveCount(DEFAULT_MODELS.length);
    await settings.addModel('Sim', 'my-local-model');
    await expect(settings.models('Sim')).toHaveCount(DEFAULT_MODELS.length + 1);
    await settings.addModel('Sim', 'my-local-model');
    await expect(settings.card('Sim').getByRole('alert')).toHaveText('my-local-model is already in the list.');
    await settings.removeModel('Sim', 'gpt-4.1');
    await expect(settings.models('Sim')).toHaveCount(DEFAULT_MODELS.length);
    await expect(settings.card('Sim')).toContainText('Edited by hand');

    await page.reload();
    await expect(settings.models('Sim').filter({ hasText: 'my-local-model' })).toHaveCount(1);
    await expect(settings.models('Sim').filter({ hasText: /^gpt-4\.1$/ })).toHaveCount(0);
  });

  test('a key can be removed, and a provider deleted after confirmation', async ({ sim, page }) => {
    await settings.addProvider({ kind: 'OpenAI-compatible', preset: 'Custom endpoint', name: 'Sim', baseUrl: sim.baseUrl, apiKey: KEY });
    await expect(settings.keyStatus('Sim')).toHaveText('•••• abcd');
    const form = await settings.edit('Sim');
    await expect(form.getByLabel('API key')).toHaveAttribute('placeholder', '•••• abcd — leave blank to keep');
    await form.getByRole('button', { name: 'Cancel' }).click();

    await settings.removeKey('Sim');
    await expect(settings.keyStatus('Sim')).toHaveText('No key');

    await settings.deleteProvider('Sim');
    await expect(settings.card('Sim')).toHaveCount(0);
    await expect(page.getByText('No providers yet')).toBeVisible();
  });

  test('default models list the models that fit each modality first', async ({ sim, page }) => {
    await settings.addProvider({ kind: 'OpenAI-compatible', preset: 'Custom endpoint', name: 'Sim', baseUrl: sim.baseUrl, apiKey: KEY });
    await expect(settings.models('Sim')).toHaveCount(DEFAULT_MODELS.length);
    await settings.section('Default models');
    const transcription = page.getByLabel('Transcription model');
    await expect(transcription).toHaveValue('gpt-4o-transcribe');
    const firstGroup = transcription.locator('optgroup').first();
    await expect(firstGroup).toHaveAttribute('label', 'Suited to transcription');
    await expect(firstGroup.locator('option').first()).toHaveText('gpt-4o-transcribe');
    await transcription.selectOption('whisper-1');
    await page.reload();
    await expect(page.getByLabel('Transcription model')).toHaveValue('whisper-1');
  });

  test('the theme switch sets data-theme on <html> and is remembered', async ({ page }) => {
    const html = page.locator('html');
    await settings.section('Appearance');
    await settings.themeOption('Dark').check();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await settings.themeOption('Light').check();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await settings.themeOption('System').check();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveAttribute('data-theme', 'light');
  });

  test('key storage warns that the file backend is weak protection', async ({ page }) => {
    await settings.section('Key storage');
    const warning = page.locator('.callout--warning');
    await expect(warning).toContainText('Your API keys are only weakly protected');
    await expect(warning).toContainText(/keyring/i);
    await expect(page.getByText('Weak protection')).toBeVisible();
  });

  test('the data section shows the folder and explains why it cannot move', async ({ app, page }) => {
    await settings.section('Data');
    await expect(page.getByTestId('data-dir')).toHaveText(app.dataDir);
    await page.getByLabel('New folder').fill('/tmp/atelier-elsewhere');
    await page.getByRole('button', { name: 'Move data…' }).click();
    await expect(page.getByRole('alert')).toContainText('ATELIER_DATA_DIR');
  });

  test('keyboard shortcuts are listed', async ({ page }) => {
    await settings.section('Keyboard shortcuts');
    const panel = page.getByRole('tabpanel');
    await expect(panel).toContainText('Go to Chat');
    await expect(panel).toContainText('Open Settings');
    await expect(panel.locator('.kbd-group').filter({ hasText: 'Ctrl + 1' }).first()).toBeVisible();
  });
});
