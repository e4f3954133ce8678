import { describe, expect, it } from 'vitest';
import { createSearchStore } from './search';

describe('search store', () => {
  it('opens on an empty query (Ctrl+K starts a new search)', async () => {
    const store = createSearchStore(async (q: string) => ({ ok: true as const, value: [q] }), async () => {});
    store.getState().show();
    store.getState().setQuery('invoice');
    await new Promise((r) => setTimeout(r, 400));
    store.getState().hide();
    store.getState().show();
    expect(store.getState().query).toBe('');
    expect(store.getState().hits).toEqual([]);
  });
});
