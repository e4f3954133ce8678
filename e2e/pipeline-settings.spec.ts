import { formatMoney } from '../shared/pricing';
import { connectApi, type ApiClient } from './api-client';
import { expect, test } from './fixtures';
import { PipelineSettingsPage } from './pages/pipeline-settings';
import { ShellPage } from './pages/shell';
import { conversationIn, localDay, sendChat, UsagePage } from './pages/usage';

const MINI = { providerId: 'env', model: 'gpt-5-mini' };

test.describe('pipeline settings', () => {
  let client: ApiClient;
  let settings: PipelineSettingsPage;

  test.beforeEach(async ({ simApp, page }) => {
    client = await connectApi(simApp.url);
    await client.value('settings.update', { onboardingDone: true });
    await new ShellPage(page).open(simApp.url);
    settings = new PipelineSettingsPage(page);
  });

  test.afterEach(() => client.close());

  test('a hard daily budget made in Settings refuses a chat before anything is sent, naming the budget', async ({ sim }) => {
    await settings.open('Budgets');
    await settings.addBudget({ scope: 'Everything', period: 'Daily', limit: '0.001', hard: true });
    await expect(settings.budgetRow('Daily overall budget')).toContainText('$0.001');
    await expect(settings.budgetRow('Daily overall budget')).toContainText('Hard — refuses');
    const config = await client.value('pipeline.config', {});
    expect(config.budgets).toEqual([expect.objectContaining({ scope: 'overall', target: null, period: 'day', limitMicros: 1000, hard: true })]);

    // chat.send itself refuses, before a message is saved or any upstream call is made.
    const conversation = await conversationIn(client, null);
    const refused = await client.call('chat.send', { conversationId: conversation, text: 'Write a long essay about budgets.', model: MINI });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('budget_exceeded');
    expect(refused.error.message).toContain('daily overall budget of $0.001');
    expect(refused.error.message).toContain('Settings → Budgets');
    expect((await client.value('chat.open', { id: conversation })).messages).toHaveLength(0);
    expect(sim.requests.filter((r) => r.route === 'chat')).toHaveLength(0);
  });

  test('policies: edit, save, reload, reset; auto fallback is spelled out; client-side checks', async ({ page }) => {
    await settings.open('Policies');
    const text = settings.policyRow('Text & chat');
    await expect(text.getByLabel('Timeout')).toHaveValue('30');
    await expect(text).toContainText('gpt-5-mini → gpt-5-nano');

    await text.getByLabel('Timeout').fill('0');
    await settings.savePolicies();
    await expect(text.getByRole('alert')).toHaveText('The timeout must be between 1 and 3,600 s.');

    await text.getByLabel('Timeout').fill('45');
    await text.getByLabel('Retries').fill('1');
    await text.getByLabel('Fallback model').selectOption('none');
    await settings.savePolicies();
    await expect(settings.toast('Policies saved')).toBeVisible();
    const saved = await client.value('pipeline.config', {});
    expect(saved.policyOverrides).toEqual({ text: { timeoutMs: 45_000, retries: 1, fallbackModel: null } });
    expect(saved.policies.text).toMatchObject({ timeoutMs: 45_000, retries: 1, fallbackModel: null, backoffBaseMs: 500 });

    await page.reload();
    await new ShellPage(page).waitReady();
    await expect(text.getByLabel('Timeout')).toHaveValue('45');
    await expect(text.getByLabel('Fallback model')).toHaveValue('none');
    await expect(text).toContainText('Custom');

    await settings.resetPolicies();
    await expect(text.getByLabel('Timeout')).toHaveValue('30');
    await expect.poll(async () => (await client.value('pipeline.config', {})).policyOverrides).toEqual({});
  });

  test('a scene override turns its cache off and adds a block rule that refuses locally', async ({ sim }) => {
    await settings.open('Policies');
    const dialog = await settings.editScene('Classification');
    await dialog.getByRole('radio', { name: 'Off', exact: true }).check();
    await dialog.getByRole('radio', { name: 'Own filter', exact: true }).check();
    const rule = dialog.getByLabel('New block rule');
    await rule.fill('/(unclosed/');
    await rule.press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('That regular expression is not valid');
    await rule.fill('/\\bssn\\b/i');
    await rule.press('Enter');
    await dialog.getByRole('button', { name: 'Save overrides' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(settings.sceneRow('Classification')).toContainText('Cache off');
    await expect(settings.sceneRow('Classification')).toContainText('Filter: 1 rule');
    const { scenes } = await client.value('pipeline.config', {});
    expect(scenes.classification).toEqual({ cache: { enabled: false, ttlMs: 0 }, filter: { moderation: false, blockRules: ['/\\bssn\\b/i'] } });

    const conversation = await conversationIn(client, 'classification');
    const reply = await sendChat(client, conversation, 'My SSN is 123-45-6789, classify this.', MINI);
    expect(reply.error?.code).toBe('content_policy');
    expect(reply.error?.message).toContain('/\\bssn\\b/i');
    expect(sim.requests.filter((r) => r.route === 'chat')).toHaveLength(0);
  });

  test('a currency set in Settings is how the Usage screen shows amounts (EUR at 0.5 halves them)', async ({ page }) => {
    const conversation = await conversationIn(client, null);
    expect((await sendChat(client, conversation, 'Price check. SIM_REPLY_TOKENS=500', MINI)).status).toBe('complete');
    const usage = new UsagePage(page);
    await usage.open();
    await usage.preset('Today');
    const { totals } = await client.value('usage.summary', { from: localDay(), to: localDay() });
    const usd = formatMoney(totals.costMicros, { code: 'USD', symbol: '$', rate: 1 });
    await expect(usage.stat('Spend')).toHaveText(usd);

    await settings.open('Pricing & currency');
    await expect(page.getByText(/as of October 15, 2025/)).toBeVisible();
    await settings.setCurrency('EUR', '0.5');
    expect((await client.value('pipeline.config', {})).currency).toEqual({ code: 'EUR', symbol: '€', rate: 0.5 });

    await usage.open();
    const eur = formatMoney(totals.costMicros, { code: 'EUR', symbol: '€', rate: 0.5 });
    expect(eur).toBe(formatMoney(Math.round(totals.costMicros / 2), { code: 'EUR', symbol: '€', rate: 1 }));
    await expect(usage.stat('Spend')).toHaveText(eur);
  });

  test('price overrides, cache, prompt logging and manual rate limits are saved to the core', async ({ page }) => {
    await settings.open('Pricing & currency');
    await settings.priceRow('gpt-5-mini').getByRole('button', { name: 'Edit prices for gpt-5-mini' }).click();
    await page.getByRole('dialog').getByLabel('Output').fill('4');
    await page.getByRole('dialog').getByRole('button', { name: 'Save prices' }).click();
    await expect(settings.priceRow('gpt-5-mini')).toContainText('Edited');
    await expect(settings.priceRow('gpt-5-mini')).toContainText('$4.00');
    expect((await client.value('pipeline.config', {})).priceOverrides).toEqual({ 'gpt-5-mini': { output: 4 } });
    await settings.priceRow('gpt-5-mini').getByRole('button', { name: 'Reset gpt-5-mini to the catalog' }).click();
    await expect(settings.priceRow('gpt-5-mini')).not.toContainText('Edited');
    await expect.poll(async () => (await client.value('pipeline.config', {})).priceOverrides).toEqual({});

    await settings.section('Cache & logs');
    await page.getByLabel('Keep answers for').fill('24');
    await page.getByRole('button', { name: 'Save cache settings' }).click();
    await expect(settings.toast('Cache settings saved')).toBeVisible();
    await settings.switch('Include prompt text in the log').check();
    const limits = page.getByRole('group', { name: 'Add a rate limit' });
    await limits.getByLabel('Provider').selectOption({ label: 'Environment provider' });
    await limits.getByLabel('Model').selectOption('gpt-5');
    await limits.getByLabel('Requests / min').fill('30');
    await limits.getByRole('button', { name: 'Add limit' }).click();
    await expect(page.getByRole('list', { name: 'Rate limits set by hand' })).toContainText('30 requests/min');

    // The page saves over its own connection: wait until core has it, rather than racing that message.
    await expect.poll(async () => (await client.value('pipeline.config', {})).limits).toEqual({ 'env|gpt-5': { requestsPerMinute: 30 } });
    const config = await client.value('pipeline.config', {});
    expect(config.cache).toEqual({ enabled: true, maxBytes: 256 * 1024 * 1024, defaultTtlMs: 24 * 3_600_000 });
    expect(config.logPrompts).toBe(true);
  });
});
