import { describe, expect, it } from 'vitest';
import { MALLOC_ENV, mainProcessEnv } from './process-env.mjs';

describe('mainProcessEnv', () => {
  it('adds the allocator settings the main process starts with', () => {
    const env = mainProcessEnv({ PATH: '/usr/bin' });
    expect(env).toEqual({ PATH: '/usr/bin', MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });
  });

  it("keeps the user's own values", () => {
    expect(mainProcessEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
    expect(MALLOC_ENV.MALLOC_ARENA_MAX).toBe('2');
  });
});
