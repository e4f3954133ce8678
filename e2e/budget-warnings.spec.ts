import { connectApi } from './api-client';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { toneRecording } from './pages/transcription';

/** A whisper-1 default, and soft budgets of 1 µ$ a day for transcription and image generation: every estimate goes over. */
async function overSoftBudgets(url: string): Promise<void> {
  const client = await connectApi(url);
  await client.value('settings.update', { onboardingDone: true, defaults: { 'audio-offline': { providerId: 'env', model: 'whisper-1' } } });
  await client.value('providers.refreshModels', { id: 'env' });
  const soft = (id: string, target: string) => ({ id, scope: 'modality' as const, target, period: 'day' as const, limitMicros: 1, hard: false });
  await client.value('pipeline.updateConfig', { budgets: [soft('b-audio', 'audio-offline'), soft('b-image', 'image-generation')] });
  client.close();
}

/** Soft budgets warn where the money is spent: the transcription intake and the image studio form, as in chat. */
test.describe('budget warnings beyond chat', () => {
  test('a soft budget shows its warning under the transcription estimate and in the image studio form', async ({ simApp, page }) => {
    await overSoftBudgets(simApp.url);
    const shell = new ShellPage(page);
    await shell.open(simApp.url);

    await shell.goTo('Transcription');
    await page.locator('input[type=file]').first().setInputFiles(toneRecording('weekly.wav', 12, 3).file);
    const intake = page.getByRole('dialog');
    await expect(intake.getByTestId('budget-warning')).toContainText('daily transcription budget', { timeout: 30_000 });
    await expect(intake.getByTestId('budget-warning')).toContainText('soft limit');
    await intake.getByRole('button', { name: 'Cancel' }).click();

    await shell.goTo('Image studio');
    await page.getByRole('main').getByLabel('Prompt', { exact: true }).fill('A ceramic lamp on an oak sideboard');
    await expect(page.getByText(/Over the daily image generation budget/).first()).toBeVisible({ timeout: 15_000 });
  });

  test.describe('in Simplified Chinese', () => {
    test.use({ locale: 'zh-CN' });

    test('a soft budget warning is worded in Chinese from its data, not in core’s English', async ({ simApp, page }) => {
      await overSoftBudgets(simApp.url);
      const shell = new ShellPage(page);
      await shell.open(simApp.url);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

      await page.getByRole('navigation').getByRole('link', { name: /^转写/ }).click();
      await page.locator('input[type=file]').first().setInputFiles(toneRecording('weekly.wav', 12, 3).file);
      const warning = page.getByRole('dialog').getByTestId('budget-warning');
      await expect(warning).toContainText('已超出每日转写预算', { timeout: 30_000 });
      await expect(warning).toContainText('这是软限制，请求仍会发送');
      await expect(warning).not.toContainText(/budget|soft limit/i);
      await page.keyboard.press('Escape');

      await page.getByRole('navigation').getByRole('link', { name: /^图像工作室/ }).click();
      await page.getByRole('main').getByLabel('提示词', { exact: true }).fill('橡木边柜上的一盏陶瓷台灯');
      await expect(page.getByText(/已超出每日图像生成预算/).first()).toBeVisible({ timeout: 15_000 });
    });
  });
});
