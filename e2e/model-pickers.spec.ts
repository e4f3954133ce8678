import { connectApi } from './api-client';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell';

/** Every model picker is the same one: only models fit for the work, grouped by provider, tagged. */
test.describe('model pickers', () => {
  test('the image studio and transcription pickers group models by provider and offer only what fits', async ({ simApp, page }) => {
    const client = await connectApi(simApp.url);
    await client.value('settings.update', { onboardingDone: true });
    await client.value('providers.refreshModels', { id: 'env' });
    client.close();
    const shell = new ShellPage(page);
    await shell.open(simApp.url);

    await shell.goTo('Image studio');
    const studio = page.getByRole('main').locator('.st-model').getByLabel('Model', { exact: true });
    await expect(studio.locator('optgroup')).toHaveCount(1);
    const studioOptions = await studio.locator('option').allInnerTexts();
    expect(studioOptions.length).toBeGreaterThan(1);
    expect(studioOptions.every((o) => /image|dall-e/.test(o))).toBe(true);
    // The current model first; a retired one says so beside its name.
    expect(studioOptions[0]).toBe('gpt-image-2');
    expect(studioOptions.find((o) => o.startsWith('gpt-image-1 '))).toMatch(/retired/);

    await shell.goTo('Transcription');
    await page.getByRole('main').getByRole('button', { name: 'Watch a folder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Watch folders' });
    const tx = dialog.getByLabel('Model', { exact: true });
    await expect(tx.locator('optgroup')).toHaveCount(1);
    const txOptions = await tx.locator('option').allInnerTexts();
    expect(txOptions.every((o) => /whisper|transcribe/.test(o))).toBe(true);
    expect(txOptions.some((o) => /realtime/.test(o))).toBe(false);
    expect(txOptions.find((o) => o.startsWith('gpt-4o-transcribe-diarize'))).toContain('tells speakers apart');
  });
});
