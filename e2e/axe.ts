import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe, { type Result } from 'axe-core';

/** The rules the specs hold every screen to. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What AxeBuilder evaluates as "axe's source" in each frame: axe is already there (wcagViolations put it there). */
const AXE_ALREADY_IN_PAGE = "if (typeof window.axe !== 'object') throw new Error('axe-core is not in this page');";

/**
 * The WCAG 2.1 A/AA violations axe finds on the page as it is now (all of them: callers pick by impact).
 *
 * AxeBuilder's default scan evaluates axe-core's 1.5 MB source in the page, then opens a blank page,
 * evaluates the source there too and finishes the run in it (axe.runPartial + axe.finishRun): 5–10 s a scan
 * on a busy 2-core machine, where the audit itself takes under a second. Here the source goes into each
 * document once, and the scan runs in the page itself (AxeBuilder's legacy mode, axe.run): the same rules,
 * options and results. The two modes differ only for cross-origin iframes, which the app does not have.
 */
export async function wcagViolations(page: Page): Promise<Result[]> {
  await settleTransitions(page);
  if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) await page.evaluate(axe.source);
  const { violations } = await new AxeBuilder({ page, axeSource: AXE_ALREADY_IN_PAGE }).withTags(WCAG_21_AA).setLegacyMode().analyze();
  return violations;
}

/**
 * Waits for CSS transitions and finite animations under way to end (at most 2 s), so axe judges the page as a
 * person sees it once it is still: a keyboard hint fading out after the pointer left it is, for a few frames,
 * faint text that axe would report as low contrast. Endless animations (spinners) are not waited for.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.race([Promise.allSettled(finite.map((a) => a.finished)), new Promise((r) => setTimeout(r, 2000))]);
  });
}
