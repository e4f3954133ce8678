import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../../../shared/contract';
import { createTempCore, trusted, type TempCore } from '../../testing/temp-core';

let temp: TempCore;
afterEach(() => temp?.dispose());

describe('settings', () => {
  it('follows the system language until one is chosen, and keeps the choice across restarts', async () => {
    temp = await createTempCore();
    expect((await temp.call<Settings>('settings.get', {})).language).toBe('system');
    expect((await temp.call<Settings>('settings.update', { language: 'zh-CN' })).language).toBe('zh-CN');
    const dir = temp.dataDir;
    temp.core.stop();
    temp = await createTempCore({}, dir);
    const reopened = await temp.call<Settings>('settings.get', {});
    expect(reopened.language).toBe('zh-CN');
    expect(reopened.theme).toBe('system');
  });

  it('refuses a language it has no translation for', async () => {
    temp = await createTempCore();
    const r = await temp.core.handle('settings.update', { language: 'fr' }, trusted);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid_input');
    expect((await temp.call<Settings>('settings.get', {})).language).toBe('system');
  });
});
