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
});
