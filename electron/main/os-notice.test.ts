import { describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../shared/contract';
import { osNotice } from './os-notice';

const base: EventPayloads['app.notify'] = { title: 'core English', body: 'core English body', kind: 'success' };

describe('system notifications in the interface language', () => {
  it('finished and failed work is worded from its data, in English or Chinese', () => {
    const done = { ...base, news: { about: 'recording' as const, outcome: 'done' as const, name: 'standup.m4a' } };
    expect(osNotice(done, 'en')).toEqual({ title: 'Transcript ready', body: 'standup.m4a is transcribed.' });
    expect(osNotice(done, 'zh-CN')).toEqual({ title: '转写稿已完成', body: 'standup.m4a 已转写完成。' });
    const batch = (count: number) => ({ ...base, news: { about: 'vision-batch' as const, outcome: 'done' as const, name: 'Receipts', count } });
    expect(osNotice(batch(1), 'en').body).toBe('Receipts: 1 image analysed.');
    expect(osNotice(batch(12), 'en').body).toBe('Receipts: 12 images analysed.');
    expect(osNotice(batch(12), 'zh-CN').body).toBe('Receipts：已分析 12 张图像。');
    expect(osNotice({ ...base, news: { about: 'vision-batch', outcome: 'failed', name: 'Receipts' } }, 'zh-CN').title).toBe('分析已停止');
  });

  it('a soft budget gone over gets a translated title and body; anything else keeps core’s words', () => {
    const warning = { kind: 'budget_soft' as const, budgetId: 'b', scope: 'overall' as const, target: null, period: 'day' as const, limitMicros: 1, spentMicros: 2, costMicros: 1, leftMicros: 0, message: 'English' };
    expect(osNotice({ ...base, kind: 'warning', warning }, 'zh-CN')).toEqual({ title: '已超出软预算', body: '花费已超出软预算，请求仍会发送。打开“设置 → 预算”查看详情。' });
    expect(osNotice(base, 'zh-CN')).toEqual({ title: 'core English', body: 'core English body' });
  });
});
