import { describe, expect, it, vi } from 'vitest';
import { noticeToast } from './notifications';

// The store's transport and the screens' stores are not needed to turn a notice into a toast.
vi.mock('../../api', () => ({ isDesktop: false, subscribe: () => () => {}, call: async () => ({ ok: false }) }));
vi.mock('../image-analysis/vision', () => ({ useVision: { getState: () => ({ open: async () => {} }) } }));
vi.mock('./navigation', () => ({ useNavigation: { getState: () => ({ navigate: () => {} }) } }));

describe('core notifications as toasts', () => {
  it('a finished image-analysis batch offers to open Image analysis at that batch, not Transcription', () => {
    const navigate = vi.fn();
    const openBatch = vi.fn();
    const toast = noticeToast({ kind: 'success', title: 'Analysis finished', body: 'Receipts: 12 images analysed.', link: { kind: 'vision-batch', id: 'b1' } }, navigate, openBatch);
    expect(toast.action?.label).toBe('Open Image analysis');
    expect(toast.action?.to).toBe('image-analysis');
    toast.action!.run();
    expect(navigate).toHaveBeenCalledWith('image-analysis');
    expect(openBatch).toHaveBeenCalledWith('b1');
  });

  it('a finished recording still offers Transcription', () => {
    const toast = noticeToast({ kind: 'success', title: 'Transcript ready', body: 'x', link: { kind: 'recording', id: 'r1' } }, vi.fn());
    expect(toast.action?.label).toBe('Open Transcription');
  });

  it('a soft budget gone over is worded from its data in the interface language', async () => {
    const { i18n } = await import('../../i18n');
    const warning = { kind: 'budget_soft' as const, budgetId: 'b', scope: 'overall' as const, target: null, period: 'day' as const, limitMicros: 1_000_000, spentMicros: 1_500_000, costMicros: 10_000, leftMicros: 0, message: 'Over the daily overall budget of $1.00 (soft limit): requests still go through.' };
    const notice = { kind: 'warning' as const, title: 'Over a soft budget', body: warning.message, warning, link: { kind: 'budgets' as const } };
    expect(noticeToast(notice, vi.fn())).toMatchObject({ title: 'Over a soft budget', message: 'Over the daily overall budget of $1.00 ($1.50 spent or under way): it is a soft limit, so requests still go through.' });
    await i18n.changeLanguage('zh-CN');
    try {
      expect(noticeToast(notice, vi.fn())).toMatchObject({ title: '已超出软预算', message: '已超出每日总预算（$1.00，已花费及进行中 $1.50）：这是软限制，请求仍会发送。' });
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('finished and failed work is worded from its data in Chinese', async () => {
    const { i18n } = await import('../../i18n');
    await i18n.changeLanguage('zh-CN');
    try {
      const done = noticeToast({ kind: 'success', title: 'Transcript ready', body: 'weekly.wav is transcribed.', news: { about: 'recording', outcome: 'done', name: 'weekly.wav' }, link: { kind: 'recording', id: 'r1' } }, vi.fn());
      expect(done).toMatchObject({ title: '转写稿已完成', message: 'weekly.wav 已转写完成。' });
      const batch = noticeToast({ kind: 'success', title: 'Analysis finished', body: 'Receipts: 12 images analysed.', news: { about: 'vision-batch', outcome: 'done', name: 'Receipts', count: 12 }, link: { kind: 'vision-batch', id: 'b1' } }, vi.fn());
      expect(batch).toMatchObject({ title: '分析已完成', message: 'Receipts：已分析 12 张图像。' });
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
