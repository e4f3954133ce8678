import { describe, expect, it } from 'vitest';
import { windowOptions } from './window-options';

const base = { preloadPath: '/app/out/preload/index.cjs', isMac: false };

describe('windowOptions', () => {
  const web = windowOptions(base).webPreferences!;

  it('isolates the page from Node and the preload', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps the web platform defences on', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('enables no Blink features and loads no extra scripts', () => {
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    expect(web).not.toHaveProperty('additionalArguments');
    expect(web.preload).toBe(base.preloadPath);
  });

  it('keeps spellcheck and hides DevTools unless asked', () => {
    expect(web.spellcheck).toBe(true);
    expect(web.devTools).toBe(false);
    expect(windowOptions({ ...base, devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('waits for ready-to-show and has a usable size and title', () => {
    const o = windowOptions(base);
    expect(o.show).toBe(false);
    expect(o.title).toBe('Atelier');
    expect(o.minWidth).toBeGreaterThanOrEqual(800);
    expect(o.minHeight).toBeGreaterThanOrEqual(500);
    expect(o.width).toBeGreaterThanOrEqual(o.minWidth!);
    expect(o.height).toBeGreaterThanOrEqual(o.minHeight!);
  });

  it('paints the theme colour before the first frame', () => {
    expect(windowOptions({ ...base, dark: true }).backgroundColor).not.toBe(windowOptions({ ...base, dark: false }).backgroundColor);
  });

  it('sets a window icon except on macOS, where the bundle provides it', () => {
    expect(windowOptions({ ...base, iconPath: '/i.png' }).icon).toBe('/i.png');
    expect(windowOptions({ ...base, isMac: true, iconPath: '/i.png' })).not.toHaveProperty('icon');
  });
});
