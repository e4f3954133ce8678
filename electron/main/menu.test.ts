import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { shouldQuitWhenAllWindowsClosed } from './background';
import { menuTemplate } from './menu';

const roles = (items: MenuItemConstructorOptions[], label: string) =>
  (items.find((i) => i.label === label)?.submenu as MenuItemConstructorOptions[] | undefined)?.map((i) => i.role).filter(Boolean);

describe('menuTemplate', () => {
  it.each([true, false])('has a working Edit menu (isMac=%s)', (isMac) => {
    expect(roles(menuTemplate({ isMac, isDev: false, appName: 'Atelier' }), 'Edit')).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('has the app menu on macOS only', () => {
    expect(menuTemplate({ isMac: true, isDev: false, appName: 'Atelier' })[0]!.label).toBe('Atelier');
    expect(menuTemplate({ isMac: false, isDev: false, appName: 'Atelier' })[0]!.label).toBe('File');
  });

  it('offers DevTools and reload in development only', () => {
    expect(roles(menuTemplate({ isMac: false, isDev: true, appName: 'Atelier' }), 'View')).toContain('toggleDevTools');
    expect(roles(menuTemplate({ isMac: false, isDev: false, appName: 'Atelier' }), 'View')).not.toContain('toggleDevTools');
    expect(roles(menuTemplate({ isMac: false, isDev: false, appName: 'Atelier' }), 'View')).not.toContain('reload');
  });
});

describe('shouldQuitWhenAllWindowsClosed', () => {
  it('quits on Linux and Windows unless background work keeps it alive; never on macOS', () => {
    expect(shouldQuitWhenAllWindowsClosed({ platform: 'linux', keepAlive: false })).toBe(true);
    expect(shouldQuitWhenAllWindowsClosed({ platform: 'win32', keepAlive: false })).toBe(true);
    expect(shouldQuitWhenAllWindowsClosed({ platform: 'linux', keepAlive: true })).toBe(false);
    expect(shouldQuitWhenAllWindowsClosed({ platform: 'darwin', keepAlive: false })).toBe(false);
  });
});
