import { afterEach, describe, expect, it } from 'vitest';
import { createTempCore, trusted, type TempCore } from '../testing/temp-core';

let temp: TempCore | undefined;
afterEach(() => temp?.dispose());

describe('block rules are checked when saved', () => {
  it('refuses a catastrophic or invalid expression with a reason, and keeps the rules already saved', async () => {
    temp = await createTempCore();
    await temp.call('pipeline.updateConfig', { defaultFilter: { moderation: false, blockRules: ['password', '/card\\s*number/i'] } });
    for (const [rule, reason] of [['/(a+)+$/', /repeats a group/], ['/(x/', /not a valid regular expression/]] as const) {
      const r = await temp.core.handle('pipeline.updateConfig', { defaultFilter: { moderation: false, blockRules: ['password', rule] } }, trusted);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(reason) } });
      const scene = await temp.core.handle('pipeline.updateConfig', { scenes: { chat: { filter: { moderation: false, blockRules: [rule] } } } }, trusted);
      expect(scene).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const config = await temp.call<{ defaultFilter: { blockRules: string[] } }>('pipeline.config', {});
    expect(config.defaultFilter.blockRules).toEqual(['password', '/card\\s*number/i']);
  });
});
