import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { checkImageRequest, imageModelSpec } from '../shared/pricing';
import { connectApi } from './api-client';
import { launchApp } from './app-process';
import { E2E_KEY, expect, test } from './fixtures';
import { ShellPage } from './pages/shell';
import { StudioPage } from './pages/studio';
import type { Simulator } from './simulator/server';

const SHOTS = process.env.STUDIO_SHOTS;

async function prepare(url: string, settings: Record<string, unknown> = {}): Promise<void> {
  const client = await connectApi(url);
  await client.value('settings.update', { onboardingDone: true });
  await client.value('providers.refreshModels', { id: 'env' });
  await client.value('studio.updateSettings', { reviewerName: 'Ana Lima', ...settings });
  client.close();
}

async function openStudio(page: import('@playwright/test').Page, url: string): Promise<StudioPage> {
  const shell = new ShellPage(page);
  await shell.open(url);
  await shell.goTo('Image studio');
  return new StudioPage(page);
}

const imageRequests = (sim: Simulator) => sim.requests.filter((r) => r.path.startsWith('/v1/images/'));

async function shot(page: import('@playwright/test').Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${theme}.png`) });
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  if (size) await page.setViewportSize(size);
}

test.describe('image studio', () => {
  test.describe.configure({ timeout: 240_000 });
  test('generates with several parameter sets; every request is one its model accepts', async ({ simApp, sim, page }) => {
    await prepare(simApp.url);
    const studio = await openStudio(page, simApp.url);
    await shot(page, 'studio-empty');
    await studio.choose('Model', 'gpt-image-2');
    await studio.prompt('A ceramic table lamp on an oak sideboard, morning light');
    await studio.choose('Size', 'custom');
    await studio.field('Custom size (W×H)').fill('1920x1088');
    await studio.choose('Quality', 'low');
    await studio.generate();
    await studio.expectCards(1);

    await studio.choose('Model', 'gpt-image-1.5');
    await studio.choose('Images', '2');
    await studio.choose('Format', 'jpeg');
    await studio.form.getByLabel('Compression').fill('60');
    await studio.choose('Background', 'opaque');
    await studio.generate();
    await studio.expectCards(3);

    await studio.choose('Model', 'dall-e-3');
    // Only what dall-e-3 accepts is offered.
    await expect(studio.field('Format')).toHaveCount(0);
    await expect(studio.field('Background')).toHaveCount(0);
    await expect(studio.field('Images').locator('option')).toHaveCount(1);
    await studio.choose('Quality', 'hd');
    await studio.choose('Style', 'natural');
    await studio.generate();
    await studio.expectCards(4);
    await studio.openCard(0);
    await shot(page, 'studio-generate');

    const sent = imageRequests(sim);
    expect(sent).toHaveLength(3);
    for (const r of sent) {
      expect(r.status).toBe(200);
      const params = r.image!.params as { model: string };
      expect(checkImageRequest(imageModelSpec(params.model)!, { prompt: 'x', ...params })).toEqual([]);
    }
    expect(sent.map((r) => r.image!.params)).toEqual([
      expect.objectContaining({ model: 'gpt-image-2', size: '1920x1088', quality: 'low', stream: true, partial_images: 2 }),
      expect.objectContaining({ model: 'gpt-image-1.5', n: 2, output_format: 'jpeg', output_compression: 60, background: 'opaque' }),
      expect.objectContaining({ model: 'dall-e-3', quality: 'hd', style: 'natural', response_format: 'b64_json' }),
    ]);
  });

  test('Batch API: generations collect in a draft at the batch discount, one Send uploads them as one batch, the answers land in review', async ({ simApp, sim, page }) => {
    await prepare(simApp.url);
    const studio = await openStudio(page, simApp.url);
    await studio.choose('Model', 'gpt-image-1.5');
    await studio.form.getByRole('switch', { name: /Batch API/ }).check();
    for (const product of ['lamp', 'vase', 'chair']) {
      await studio.prompt(`A ceramic ${product} on an oak sideboard, overnight banner`);
      await expect(studio.estimate).toContainText('50% off');
      await studio.form.getByRole('button', { name: 'Add to batch' }).click();
      await expect(page.getByTestId('batch-item').first()).toContainText(/Batch draft/);
    }
    const draft = page.getByTestId('batch-item').first();
    await expect(draft).toContainText('3 generations');
    expect(sim.requests.filter((r) => r.path.startsWith('/v1/images') || r.path.startsWith('/v1/batches'))).toHaveLength(0);
    await draft.getByRole('button', { name: 'Send batch' }).click();
    await expect(page.getByTestId('batch-item').first()).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
    await expect(page.getByTestId('batch-item').first()).toContainText(/Provider batch batch_/);
    await studio.expectCards(3);
    await studio.openCard(0);
    await shot(page, 'studio-gallery');
    expect(sim.requests.filter((r) => r.path === '/v1/batches' && r.method === 'POST')).toHaveLength(1);
    expect(imageRequests(sim)).toHaveLength(0);
  });

  test('a request over the confirmation threshold asks first', async ({ simApp, sim, page }) => {
    await prepare(simApp.url, { confirmAboveMicros: 1000 });
    const studio = await openStudio(page, simApp.url);
    await studio.prompt('An expensive poster');
    await studio.choose('Quality', 'high');
    await studio.generate();
    await expect(studio.confirmDialog).toBeVisible();
    await expect(studio.confirmDialog).toContainText('above the $0.00');
    await studio.confirmDialog.getByRole('button', { name: 'Cancel' }).click();
    expect(imageRequests(sim)).toHaveLength(0);
    await studio.generate();
    await studio.confirmDialog.getByRole('button', { name: 'Send it' }).click();
    await studio.expectCards(1);
    expect(imageRequests(sim)).toHaveLength(1);
  });

  test('paint a mask and edit: the uploaded mask is a PNG with alpha, the size of the first image', async ({ simApp, sim, page }, testInfo) => {
    await prepare(simApp.url);
    const studio = await openStudio(page, simApp.url);
    const photo = testInfo.outputPath('photo.png');
    await sharp({ create: { width: 640, height: 480, channels: 3, background: '#4a7bb7' } }).png().toFile(photo);
    await studio.prompt('Replace the left part with a brick wall');
    await page.getByTestId('ref-input').setInputFiles(photo);
    await studio.form.getByRole('button', { name: 'Paint mask' }).click();
    await expect(studio.maskDialog).toBeVisible();
    await studio.paintStroke();
    await page.keyboard.press(']');
    await expect(studio.maskDialog).toContainText('Brush 80 px');
    await expect(studio.maskDialog).not.toContainText(/ 0% painted/);
    await shot(page, 'studio-mask');
    await studio.maskDialog.getByRole('button', { name: 'Use mask' }).click();
    await studio.form.getByLabel('Keep unmasked pixels exact').check();
    await studio.generate();
    await studio.expectCards(1);
    const [edit] = imageRequests(sim);
    expect(edit!.path).toBe('/v1/images/edits');
    expect(edit!.image!.inputs).toEqual([{ width: 640, height: 480, format: 'png' }]);
    expect(edit!.image!.mask).toMatchObject({ width: 640, height: 480, format: 'png', hasAlpha: true });
    expect(edit!.image!.mask!.transparentPixels).toBeGreaterThan(1000);
    expect(edit!.image!.mask!.bytes).toBeLessThan(4 * 1024 * 1024);
    await studio.openCard(0);
    await expect(page.getByRole('slider', { name: 'Before and after' })).toBeVisible();
  });

  test('the full review path: a blocked word fails the check, override with a reason, approve, export with audit and sidecar', async ({ simApp, page }) => {
    await prepare(simApp.url);
    const client = await connectApi(simApp.url);
    await client.value('studio.saveBrand', { name: 'Acme', rules: { blockedWords: ['lamp'], requiredFormat: 'png', minWidth: null, minHeight: null, requireTransparent: false } });
    client.close();
    const studio = await openStudio(page, simApp.url);
    await studio.prompt('A brass lamp for the Acme catalogue');
    await studio.choose('Quality', 'low');
    await studio.choose('Brand profile', 'Acme');
    await studio.generate();
    await studio.expectCards(1);
    await studio.openCard(0);
    await expect(studio.review.getByTestId('check-items')).toContainText('blocked word "lamp"');
    await expect(studio.review.getByRole('button', { name: 'Export' })).toBeDisabled();
    const approve = studio.review.getByRole('button', { name: 'Approve with override' });
    await expect(approve).toBeDisabled();
    await studio.review.getByLabel('Override the failed check').check();
    await studio.review.getByLabel('Reason for the override').fill('Lamp is the product category; legal cleared it on ticket 4411.');
    await shot(page, 'studio-review');
    await approve.click();
    await expect(studio.review).toHaveAttribute('data-state', 'approved');
    await studio.review.getByRole('button', { name: 'Export' }).click();
    await expect(studio.review.getByTestId('export-result')).toContainText('Wrote 1 file');
    const audit = studio.review.getByTestId('audit');
    await expect(audit).toContainText('Approved with override');
    await expect(audit).toContainText('Ana Lima');
    await expect(audit).toContainText('legal cleared it');

    const exportsDir = path.join(simApp.dataDir, 'exports');
    const day = fs.readdirSync(exportsDir)[0]!;
    const files = fs.readdirSync(path.join(exportsDir, day));
    const sidecar = JSON.parse(fs.readFileSync(path.join(exportsDir, day, files.find((f) => f.endsWith('.json'))!), 'utf8')) as Record<string, unknown>;
    expect(sidecar).toMatchObject({ prompt: 'A brass lamp for the Acme catalogue', model: 'gpt-image-2', untouched: true });
    expect((sidecar.check as { items: { rule: string; passed: boolean }[] }).items).toContainEqual(expect.objectContaining({ rule: 'blocked_words', passed: false }));
    expect((sidecar.audit as { action: string; reason: string | null }[]).map((a) => a.action)).toEqual(['created', 'check_failed', 'approve_override']);
    const image = files.find((f) => f.endsWith('.png'))!;
    const sha = (await import('node:crypto')).createHash('sha256').update(fs.readFileSync(path.join(exportsDir, day, image))).digest('hex');
    expect(sha).toBe(sidecar.sha256);
  });

  test('export is refused for an image that is not approved', async ({ simApp, page }) => {
    await prepare(simApp.url);
    const studio = await openStudio(page, simApp.url);
    await studio.prompt('A draft nobody approved');
    await studio.choose('Quality', 'low');
    await studio.generate();
    await studio.expectCards(1);
    await studio.openCard(0);
    await expect(studio.review.getByRole('button', { name: 'Export' })).toBeDisabled();
    await expect(studio.review).toContainText('Only approved images can be exported.');
    const client = await connectApi(simApp.url);
    const [card] = await client.value('studio.gallery', {});
    const r = await client.call('studio.export', { id: card!.id });
    client.close();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('forbidden');
    expect(fs.existsSync(path.join(simApp.dataDir, 'exports'))).toBe(false);
  });

  test('a template with variables produces the right prompt', async ({ simApp, page }) => {
    await prepare(simApp.url);
    const client = await connectApi(simApp.url);
    await client.value('studio.saveTemplate', { name: 'Hero shot', group: 'Acme', body: 'A {product} on {surface}, {style} style, studio light' });
    const studio = await openStudio(page, simApp.url);
    await studio.choose('Template', (await client.value('studio.templates', {}))[0]!.id + '@1');
    await studio.form.getByLabel('{product}').fill('ceramic vase');
    await studio.form.getByLabel('{surface}').fill('a walnut table');
    await studio.form.getByLabel('{style}').fill('Bauhaus');
    await expect(page.getByTestId('template-prompt')).toHaveText('A ceramic vase on a walnut table, Bauhaus style, studio light');
    await studio.choose('Quality', 'low');
    await studio.generate();
    await studio.expectCards(1);
    const [g] = await client.value('studio.generations', {});
    client.close();
    expect(g!.prompt).toBe('A ceramic vase on a walnut table, Bauhaus style, studio light');
    expect(g!.template).toMatchObject({ version: 1, values: { product: 'ceramic vase', surface: 'a walnut table', style: 'Bauhaus' } });
  });

  test('kill -9 during a generation leaves it interrupted and not re-sent; one click retries it', async ({ sim, page }) => {
    // Two app launches: under load each may take up to ATELIER_E2E_LAUNCH_TIMEOUT_MS, so the describe's 240 s applies.
    sim.control.injectFault({ kind: 'hang', count: 1, route: 'images.generations' });
    const app = await launchApp({ env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY } });
    let second: Awaited<ReturnType<typeof launchApp>> | null = null;
    try {
      await prepare(app.url);
      let studio = await openStudio(page, app.url);
      await studio.prompt('A generation that will never finish');
      await studio.choose('Quality', 'low');
      await studio.generate();
      await expect(studio.queueItems.first()).toHaveAttribute('data-state', 'running');
      await expect.poll(() => imageRequests(sim).length).toBe(1);
      await app.stop(true);

      second = await launchApp({ dataDir: app.dataDir, env: { OPENAI_BASE_URL: sim.baseUrl, OPENAI_API_KEY: E2E_KEY } });
      studio = await openStudio(page, second.url);
      await expect(studio.queueItems.first()).toHaveAttribute('data-state', 'interrupted');
      await expect(studio.queueItems.first()).toContainText('not re-sent');
      await shot(page, 'studio-interrupted');
      expect(imageRequests(sim)).toHaveLength(1);
      await studio.queueItems.first().getByRole('button', { name: 'Retry' }).click();
      await studio.expectCards(1);
      expect(imageRequests(sim)).toHaveLength(2);
    } finally {
      await second?.stop();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
  });
});
