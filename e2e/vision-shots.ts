/** Screenshots of the Image analysis screen (not a test): empty, mid-batch and done, light and dark. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { connectApi } from './api-client';
import { launchApp } from './app-process';
import { startSimulator } from './simulator/server';
import { phonePhoto, pngBomb, truncated } from '../electron/core/testing/photos';

const out = process.argv[2] ?? '/work/wt/shots/vision';
const sim = await startSimulator();
sim.control.setLatency(400, 'chat');
const app = await launchApp({ env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: 'sk-shots-0000' } });
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'shots-'));
const dir = path.join(folder, 'Receipts March');
fs.mkdirSync(dir);
for (let i = 0; i < 24; i++) fs.writeFileSync(path.join(dir, `IMG_${2000 + i}.jpg`), await phonePhoto({ width: 1200, height: 900, seed: i + 3 }));
fs.writeFileSync(path.join(dir, 'scan-cut.jpg'), truncated(await phonePhoto({ width: 800, height: 600 })));
fs.writeFileSync(path.join(dir, 'bomb.png'), pngBomb());
const client = await connectApi(app.url);
await client.value('settings.update', { onboardingDone: true, defaults: { 'image-understanding': { providerId: 'env', model: 'gpt-4.1-mini' }, text: { providerId: 'env', model: 'gpt-5-mini' } } });
await client.value('providers.refreshModels', { id: 'env' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const theme of ['light', 'dark'] as const) {
  await client.value('settings.update', { theme });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${app.url}#/image-analysis`);
  await page.locator('[data-app-state="ready"]').waitFor();
  if (theme === 'light') {
    await page.screenshot({ path: `${out}/empty-${theme}.png` });
    await page.getByTestId('vision-folder-input').setInputFiles(dir);
    await page.getByTestId('vision-estimate').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${out}/setup-${theme}.png` });
    await page.getByTestId('vision-start').click();
    await page.getByText(/of 26 images/).waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/running-${theme}.png` });
    await page.getByText('Done').first().waitFor({ timeout: 90_000 });
  } else {
    await page.locator('.va-batch').first().click();
  }
  await page.getByRole('tab', { name: 'Results' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/done-${theme}.png` });
  await page.getByRole('radio', { name: 'Grid' }).check({ force: true });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/grid-${theme}.png` });
  await page.getByRole('radio', { name: 'Table' }).check({ force: true });
  await page.locator('.va-link').first().click();
  await page.getByTestId('vision-preview').waitFor();
  await page.screenshot({ path: `${out}/detail-${theme}.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Compare models' }).click();
  await page.getByTestId('vision-compare-run').click();
  await page.getByTestId('vision-compare-table').waitFor({ timeout: 60_000 });
  await page.screenshot({ path: `${out}/compare-${theme}.png` });
  await page.close();
}
await browser.close();
client.close();
await app.stop();
await sim.close();
console.log('shots written to', out);
