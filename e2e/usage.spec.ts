import fs from 'node:fs';
import { formatMoney } from '../shared/pricing';
import { connectApi } from './api-client';
import { expect, test } from './fixtures';
import { OnboardingPage } from './pages/onboarding';
import { ShellPage } from './pages/shell';
import { conversationIn, localDay, sendChat, UsagePage } from './pages/usage';

const MINI = { providerId: 'env', model: 'gpt-5-mini' };
const GPT41 = { providerId: 'env', model: 'gpt-4.1' };
const count = (n: number) => n.toLocaleString('en-US');

test.describe('usage', () => {
  test('shows the ledger of real requests: figures, chart, costliest requests, a CSV of every attempt, live updates', async ({ simApp, sim, page }) => {
    const client = await connectApi(simApp.url);
    // Automatic titles off: this test counts every request, and each first reply would add a title request.
    await client.value('settings.update', { onboardingDone: true, autoTitles: false });

    // Real requests through the real pipeline, in two scenes and two models.
    const general = await conversationIn(client, 'general_chat');
    expect((await sendChat(client, general, 'Draft a reminder. SIM_REPLY_TOKENS=300', MINI)).status).toBe('complete');
    const docs = await conversationIn(client, 'document_summary');
    expect((await sendChat(client, docs, 'Summarise the report. SIM_REPLY_TOKENS=800', GPT41)).status).toBe('complete');
    // The same words to the same scene and model in a new conversation come from the cache.
    const again = await conversationIn(client, 'general_chat');
    expect((await sendChat(client, again, 'Draft a reminder. SIM_REPLY_TOKENS=300', MINI)).cached).toBe(true);
    // Every attempt (retries, then the cheaper fallback) fails while the upstream answers 500.
    sim.control.injectFault({ kind: 'status', status: 500, count: -1, route: 'chat' });
    const failed = await sendChat(client, docs, 'And the risks?', GPT41);
    sim.control.clearFaults();
    expect(failed.status).toBe('error');

    const day = localDay();
    const summary = await client.value('usage.summary', { from: day, to: day });
    const { totals, currency } = summary;
    expect(totals.requests).toBe(4);
    expect(totals.cacheHits).toBe(1);
    expect(totals.failures).toBeGreaterThan(1);
    expect(totals.attempts).toBe(3 + totals.failures);

    await new ShellPage(page).open(simApp.url);
    const usage = new UsagePage(page);
    await usage.open();
    await usage.preset('Today');

    await expect(usage.stat('Spend')).toHaveText(formatMoney(totals.costMicros, currency));
    await expect(usage.stat('Requests')).toHaveText(String(totals.requests));
    await expect(usage.statDetail('Requests')).toHaveText(`${totals.attempts} attempts`);
    await expect(usage.stat('Tokens')).toHaveText(count(totals.inputTokens + totals.outputTokens));
    await expect(usage.statDetail('Tokens')).toHaveText(`${count(totals.inputTokens)} in · ${count(totals.outputTokens)} out`);
    await expect(usage.stat('Cache savings')).toHaveText(formatMoney(totals.savedMicros, currency));
    expect(totals.savedMicros).toBeGreaterThan(0);
    await expect(usage.stat('Failures')).toHaveText(String(totals.failures));

    // The chart is drawn, and its data table has today's exact total.
    await expect(usage.chart).toBeVisible();
    await expect(usage.chart.locator('rect.chart__bar')).not.toHaveCount(0);
    const todayRow = usage.chartTable.locator('tbody tr');
    await expect(todayRow).toHaveCount(1);
    await expect(todayRow.locator('td').last()).toHaveText(formatMoney(totals.costMicros, currency));

    // Spend by model lists both models with their exact spend.
    for (const bucket of summary.byModel) {
      await expect(usage.breakdown.getByRole('listitem').filter({ hasText: bucket.key }).first()).toContainText(formatMoney(bucket.costMicros, currency));
    }
    await usage.breakdownBy('Scene');
    await expect(usage.breakdown).toContainText('Document summary');
    await expect(usage.breakdown).toContainText('General chat');

    // The costliest requests, in the core's order, with models, costs and badges.
    await expect(usage.expensiveRows()).toHaveCount(summary.mostExpensive.length);
    for (const [i, row] of summary.mostExpensive.entries()) {
      const tr = usage.expensiveRows().nth(i);
      await expect(tr.locator('td').nth(2)).toHaveText(row.model);
      await expect(tr.locator('td').nth(4)).toHaveText(formatMoney(row.costMicros, currency));
    }
    expect(summary.mostExpensive[0]!.model).toBe('gpt-4.1');
    await expect(usage.expensiveRows().filter({ hasText: 'Cached' })).toHaveCount(1);
    await expect(usage.expensiveRows().filter({ hasText: 'Failed' })).toHaveCount(1);

    // Export: a download named by the core, one data row per attempt.
    const downloading = page.waitForEvent('download');
    await usage.exportButton().click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`atelier-usage-${day}-to-${day}.csv`);
    const lines = fs.readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toContain('requestId');
    expect(lines).toHaveLength(totals.attempts + 1);

    // A reply while the screen is open shows up without a reload (data.changed 'usage').
    await sendChat(client, general, 'One more. SIM_REPLY_TOKENS=40', MINI);
    await expect(usage.stat('Requests')).toHaveText(String(totals.requests + 1));

    await usage.clearCache();
    // Three answers were stored: the two first replies and the last one (the cache hit stored nothing new).
    await expect(page.locator('.toaster')).toContainText('3 cached answers removed.');
    client.close();
  });

  test('a period without requests says so, offers the next step and disables export', async ({ app, page }) => {
    await new ShellPage(page).open(app.url);
    await new OnboardingPage(page).skip();
    const usage = new UsagePage(page);
    await usage.open();
    await expect(usage.empty).toBeVisible();
    await expect(usage.main.getByRole('button', { name: 'Set up a provider' })).toBeVisible();
    await expect(usage.exportButton()).toBeDisabled();
    await usage.preset('Custom');
    await usage.main.getByLabel('From', { exact: true }).fill('2026-03-10');
    await usage.main.getByLabel('To', { exact: true }).fill('2026-03-01');
    await expect(usage.main.getByRole('alert')).toHaveText('The start date is after the end date.');
  });
});
