import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from './app-origin';
import { installDisplayMedia, isSystemAudioAllowed } from './display-media';

const ok = { platform: 'win32', frameUrl: APP_ENTRY_URL, isMainFrame: true, audioRequested: true, userGesture: true };

describe('system audio (display media)', () => {
  it('is granted only to the app’s own top-level page, on a click, asking for audio, on Windows', () => {
    expect(isSystemAudioAllowed(ok)).toBe(true);
    expect(isSystemAudioAllowed({ ...ok, platform: 'linux' })).toBe(false);
    expect(isSystemAudioAllowed({ ...ok, platform: 'darwin' })).toBe(false);
    expect(isSystemAudioAllowed({ ...ok, frameUrl: 'https://evil.example/' })).toBe(false);
    expect(isSystemAudioAllowed({ ...ok, frameUrl: null })).toBe(false);
    expect(isSystemAudioAllowed({ ...ok, isMainFrame: false })).toBe(false);
    expect(isSystemAudioAllowed({ ...ok, audioRequested: false })).toBe(false);
    expect(isSystemAudioAllowed({ ...ok, userGesture: false })).toBe(false);
  });

  function install(platform: string, sources: unknown[] = [{ id: 'screen:0:0', name: 'Screen 1' }]) {
    const session = { setDisplayMediaRequestHandler: vi.fn() };
    const desktopCapturer = { getSources: vi.fn(async () => sources) };
    installDisplayMedia({ session: session as never, desktopCapturer: desktopCapturer as never, platform });
    const handler = session.setDisplayMediaRequestHandler.mock.calls[0]![0] as (req: unknown, cb: (s: unknown) => void) => void;
    const ask = (req: Record<string, unknown>) =>
      new Promise((resolve) => handler({ frame: { url: APP_ENTRY_URL, parent: null }, securityOrigin: 'atelier://app', videoRequested: true, audioRequested: true, userGesture: true, ...req }, resolve));
    return { ask, desktopCapturer };
  }

  it('answers a Windows request with a screen and loopback audio', async () => {
    const { ask } = install('win32');
    expect(await ask({})).toEqual({ video: { id: 'screen:0:0', name: 'Screen 1' }, audio: 'loopback' });
  });

  it('refuses elsewhere, and without a click, and from a foreign frame, without listing screens', async () => {
    const linux = install('linux');
    expect(await linux.ask({})).toBeNull();
    expect(linux.desktopCapturer.getSources).not.toHaveBeenCalled();
    const win = install('win32');
    expect(await win.ask({ userGesture: false })).toBeNull();
    expect(await win.ask({ frame: { url: 'https://evil.example/', parent: null } })).toBeNull();
    expect(await win.ask({ frame: null })).toBeNull();
    expect(win.desktopCapturer.getSources).not.toHaveBeenCalled();
  });

  it('refuses when no screen can be listed', async () => {
    expect(await install('win32', []).ask({})).toBeNull();
  });
});
