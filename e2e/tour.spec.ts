import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { connectApi } from './api-client';
import { wcagViolations } from './axe';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell';

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;
const LANGUAGES = ['en', 'zh-CN'] as const;
/** The Usage chart's title, to know the dashboard (not its skeleton) is on screen. */
const USAGE_CHART = { en: 'Spend by day', 'zh-CN': '每日花费' } as const;
/** Set ATELIER_TOUR_SHOTS to a folder to keep a screenshot of every screen and tab (zh-CN, light, 1440×900). */
const SHOTS = process.env.ATELIER_TOUR_SHOTS;

/** Serious and critical WCAG 2.1 A/AA findings on the page as it is now, one line each. */
async function seriousFindings(page: Page, where: string): Promise<string[]> {
  return (await wcagViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${where}: ${v.id} (${v.impact}) at ${n.target.join(' ')}`));
}

/** Text that spills out of its box sideways (a label too long for a button, a cell, a tab), named by its text. */
async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main button, main [role="tab"], main th, main label, main h1, main h2, main h3, nav a')) {
      const style = getComputedStyle(el);
      // Labels hidden for screen readers only (1 px, clipped) are meant to be cut.
      if (el.clientWidth <= 2 || el.clientHeight <= 2 || el.closest('.visually-hidden')) continue;
      if (el.offsetParent === null || style.textOverflow === 'ellipsis' || style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (el.scrollWidth > el.clientWidth + 2 && style.overflowX === 'hidden') out.push(`"${el.innerText.trim().slice(0, 40)}" is cut off`);
      if (el.scrollHeight > el.clientHeight + 2 && style.overflowY === 'hidden' && style.webkitLineClamp === 'none') out.push(`"${el.innerText.trim().slice(0, 40)}" is cut off below`);
    }
    return out;
  });
}

/**
 * Every screen (and every Settings tab) in both languages, both themes and at both window sizes, with data
 * on them: the frame never scrolls (only panes do), nothing is cut off, and axe finds nothing serious
 * (scanned at the wide window).
 */
test.describe('tour of every screen', () => {
  for (const language of LANGUAGES) {
    for (const theme of ['light', 'dark'] as const) {
      for (const viewport of VIEWPORTS) {
        test(`${language}, ${theme}, ${viewport.width}×${viewport.height}: the frame never scrolls, only panes do`, async ({ simApp, page }) => {
          test.setTimeout(600_000);
          const api = await connectApi(simApp.url);
          // The environment provider's models are read in the background at start: wait for a default chat model.
          await expect.poll(async () => (await api.value('settings.get', {})).defaults.text, { timeout: 30_000 }).not.toBeNull();
          const conversation = await api.value('chat.create', {});
          await api.value('chat.send', { conversationId: conversation.id, text: 'A question to put something on the Usage screen' });
          await expect.poll(() => api.events.some((e) => e.name === 'chat.message')).toBe(true);
          await api.value('settings.update', { theme, language });
          api.close();

          await page.setViewportSize(viewport);
          const shell = new ShellPage(page);
          await shell.open(simApp.url);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          // The environment provider's welcome: wait for its connection check, then continue (in either language).
          const welcome = page.getByRole('dialog').filter({ has: page.locator('.onboarding__actions') });
          if (await welcome.isVisible()) {
            await expect(welcome.locator('.connection--ok')).toBeVisible();
            await welcome.locator('.onboarding__actions button').last().click();
            await expect(welcome).toHaveCount(0);
          }
          const shoot = SHOTS && language === 'zh-CN' && theme === 'light' && viewport.width === 1440;
          if (shoot) mkdirSync(SHOTS, { recursive: true });
          const findings: string[] = [];
          const check = async (where: string, file: string, axe = true) => {
            await shell.expectFrameFits(where);
            findings.push(...(await clippedText(page)).map((c) => `${where}: ${c}`));
            // axe takes a second or more a scan here: every screen gets it once per language and theme, at the wide
            // window (contrast and roles do not change with the width; the narrow one is checked for layout),
            // and the Settings tabs share the Settings screen's scan.
            if (axe && viewport === VIEWPORTS[0]) findings.push(...(await seriousFindings(page, where)));
            if (shoot) await page.screenshot({ path: path.join(SHOTS, `${file}.png`) });
          };

          const links = page.locator('a.nav-item');
          const count = await links.count();
          expect(count).toBeGreaterThanOrEqual(6);
          for (let i = 0; i < count; i++) {
            const link = links.nth(i);
            const id = ((await link.getAttribute('href')) ?? `#/${i}`).replace('#/', '');
            await link.click();
            await expect(link).toHaveAttribute('aria-current', 'page');
            await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
            if (id === 'usage') await expect(page.getByRole('main').getByText(USAGE_CHART[language]).first()).toBeVisible();
            if (id === 'settings') continue;
            await check(id, `${String(i + 1).padStart(2, '0')}-${id}`);
          }
          const tabs = page.getByRole('main').getByRole('tablist').first().getByRole('tab');
          const tabCount = await tabs.count();
          expect(tabCount).toBeGreaterThanOrEqual(10);
          for (let i = 0; i < tabCount; i++) {
            const tab = tabs.nth(i);
            await tab.click();
            await expect(tab).toHaveAttribute('aria-selected', 'true');
            await check(`Settings → ${await tab.innerText()}`, `settings-${String(i + 1).padStart(2, '0')}`, i === 0);
          }
          // A long section scrolled to its end still shows the section tabs.
          const policies = tabs.nth(2);
          await policies.click();
          await page.getByRole('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
          await expect(policies).toBeInViewport();
          expect(findings).toEqual([]);
        });
      }
    }
  }
});
