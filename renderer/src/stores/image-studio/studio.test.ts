import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fake transport: counts gallery reads and lets the test fire core events and connection changes.
const api = vi.hoisted(() => {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const states = new Set<(s: string) => void>();
  const reads: Array<{ limit?: number; offset?: number }> = [];
  let total = 300;
  return {
    reads,
    setTotal: (n: number) => void (total = n),
    emit: (name: string, payload: unknown) => listeners.get(name)?.forEach((l) => l(payload)),
    state: (s: string) => states.forEach((l) => l(s)),
    module: {
      isDesktop: false,
      mediaUrl: (_k: string, id: string) => `/media/${id}`,
      subscribe: (name: string, l: (p: unknown) => void) => {
        if (!listeners.has(name)) listeners.set(name, new Set());
        listeners.get(name)!.add(l);
        return () => listeners.get(name)!.delete(l);
      },
      onConnectionState: (l: (s: string) => void) => {
        states.add(l);
        return () => states.delete(l);
      },
      call: async (name: string, input: { limit?: number; offset?: number }) => {
        if (name !== 'studio.gallery') return { ok: true, value: [] };
        reads.push(input);
        const from = input.offset ?? 0;
        const to = Math.min(total, input.limit ? from + input.limit : total);
        return { ok: true, value: Array.from({ length: Math.max(0, to - from) }, (_, i) => ({ id: `o${from + i}` })) };
      },
    },
  };
});
vi.mock('../../api', () => api.module);

const { useStudio, watchStudio } = await import('./studio');
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the studio gallery store', () => {
  beforeEach(() => {
    api.reads.length = 0;
  });

  it('reads a large gallery first page first, and coming back to an unchanged studio reads nothing', async () => {
    const close = watchStudio();
    await settle();
    expect(api.reads).toEqual([{ limit: 240 }, { offset: 240 }]);
    expect(useStudio.getState().cards).toHaveLength(300);
    close();
    api.reads.length = 0;
    watchStudio()();
    await settle();
    expect(api.reads).toEqual([]);
  });

  it('what changed while the screen was closed is read on return, in one read that never shrinks the grid', async () => {
    const close = watchStudio();
    await settle();
    close();
    api.reads.length = 0;
    api.setTotal(301);
    api.emit('data.changed', { topic: 'studio' });
    const lengths: number[] = [];
    const off = useStudio.subscribe((s) => lengths.push(s.cards.length));
    const again = watchStudio();
    await settle();
    off();
    expect(api.reads).toEqual([{}]);
    expect(Math.min(...lengths)).toBe(301);
    again();
  });

  it('a lost connection while away may have hidden a change: the gallery is read again on return', async () => {
    watchStudio()();
    await settle();
    api.reads.length = 0;
    api.state('lost');
    watchStudio()();
    await settle();
    expect(api.reads).toHaveLength(1);
  });
});
