import { describe, expect, it } from 'vitest';
import { trayMenu } from './tray';

describe('tray menu', () => {
  it('says how much work is queued and that quitting keeps it', () => {
    const items = trayMenu(2, { show() {}, quit() {} });
    expect(items[0]).toMatchObject({ label: '2 recordings in the queue', enabled: false });
    expect(items.at(-1)!.label).toMatch(/resumes next time/);
    expect(trayMenu(0, { show() {}, quit() {} })[0]!.label).toBe('No background work');
  });
});
