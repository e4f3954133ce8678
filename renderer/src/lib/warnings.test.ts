import { afterEach, describe, expect, it } from 'vitest';
import type { BudgetWarning } from '../../../shared/contract';
import { imageModelSpec } from '../../../shared/pricing';
import { i18n } from '../i18n';
import { imageModelHelp, wordWarning } from './warnings';

const money = (m: number) => `$${(m / 1e6).toFixed(2)}`;
const soft: BudgetWarning = { kind: 'budget_soft', budgetId: 'b', scope: 'modality', target: 'audio-offline', period: 'day', limitMicros: 1_000_000, spentMicros: 1_200_000, costMicros: 300_000, leftMicros: 0, message: 'Over the daily transcription budget of $1.00 (soft limit): requests still go through.' };
const hard: BudgetWarning = { ...soft, kind: 'budget_hard', scope: 'overall', target: null, period: 'month', spentMicros: 900_000, leftMicros: 100_000, message: 'English from core' };

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('core warnings worded in the interface language', () => {
  it('words soft and hard budgets in English from the data, with the amounts in the given currency', () => {
    expect(wordWarning(soft, money)).toBe('Over the daily transcription budget of $1.00 ($1.20 spent or under way): it is a soft limit, so requests still go through.');
    expect(wordWarning(hard, money)).toBe('This could cost up to $0.30, but the monthly overall budget of $1.00 has $0.10 left. Raise it in Settings → Budgets, or wait until next month.');
    expect(wordWarning({ ...soft, scope: 'scene', target: 'support' }, money, (n) => (n === 'support' ? 'Support desk' : n))).toContain('daily budget of the “Support desk” scene');
  });

  it('words the same warnings in Simplified Chinese, never with core’s English', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(wordWarning(soft, money)).toBe('已超出每日转写预算（$1.00，已花费及进行中 $1.20）：这是软限制，请求仍会发送。');
    expect(wordWarning(hard, money)).toBe('这次最多可能花费 $0.30，但每月总预算（$1.00）只剩 $0.10。请在“设置 → 预算”中调高，或等到下个月。');
    expect(wordWarning({ kind: 'price_unknown', message: 'The price of this model is unknown.' }, money)).toBe('此模型的价格未知：无法显示估算，预算也无法计入。');
    const retired = wordWarning({ kind: 'model_status', model: 'gpt-image-1', status: 'retired', deprecated: null, retired: '2026-10-23', replacement: null, message: 'Retired on 2026-10-23' }, money);
    expect(retired).toBe('gpt-image-1 已于 2026年10月23日 停用，服务商可能会拒绝请求。');
    for (const text of [wordWarning(soft, money), wordWarning(hard, money), retired]) expect(text).not.toMatch(/budget|Retired|soft limit/);
  });

  it('words the studio picker’s model notes from the catalog’s dates and capabilities', async () => {
    const today = '2026-11-29';
    expect(imageModelHelp(imageModelSpec('gpt-image-1')!, today)).toBe('gpt-image-1 was retired on Oct 23, 2026; providers may refuse it.');
    expect(imageModelHelp(imageModelSpec('gpt-image-1-mini')!, today)).toBe('gpt-image-1-mini is deprecated (no retirement day announced). Prefer gpt-image-2.');
    expect(imageModelHelp(imageModelSpec('gpt-image-2')!, today)).toBe('Any width × height in multiples of 16; above 2560 × 1440 is experimental. Transparent backgrounds are a preview.');
    expect(imageModelHelp(imageModelSpec('gpt-image-1.5')!, today)).toBeUndefined();
    await i18n.changeLanguage('zh-CN');
    expect(imageModelHelp(imageModelSpec('dall-e-3')!, today)).toBe('dall-e-3 已于 2026年5月12日 停用，服务商可能会拒绝请求。不支持编辑。每次请求生成一张图像。');
    expect(imageModelHelp(imageModelSpec('gpt-image-1-mini')!, today)).toBe('gpt-image-1-mini 已弃用（尚未公布停用日期）。建议改用 gpt-image-2。');
  });
});
