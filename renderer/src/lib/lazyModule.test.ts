import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdBackgroundWork } from './backgroundWork';
import { lazyModule } from './lazyModule';

describe('a module loaded on first use', () => {
  afterEach(() => vi.useRealTimers());

  it('loads once however often it is asked for, and tells subscribers when it has', async () => {
    const importer = vi.fn(async () => ({ name: 'rich' }));
    const lazy = lazyModule(importer);
    const heard = vi.fn();
    lazy.subscribe(heard);
    expect(lazy.current()).toBeNull();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.current()).toBe(a);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('tries again after a chunk that did not arrive', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValueOnce({ name: 'rich' });
    const lazy = lazyModule(importer);
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.current()).toBeNull();
    await expect(lazy.load()).resolves.toEqual({ name: 'rich' });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('preloads when idle, but not while background work is held off (a live meeting records)', async () => {
    vi.useFakeTimers();
    const importer = vi.fn(async () => ({ name: 'rich' }));
    const lazy = lazyModule(importer);
    const release = holdBackgroundWork('live meeting');
    lazy.preloadWhenIdle();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(importer).not.toHaveBeenCalled();
    release();
    await vi.advanceTimersByTimeAsync(2000);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(lazy.current()).toEqual({ name: 'rich' });
  });
});
