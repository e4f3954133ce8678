import { describe, expect, it, vi } from 'vitest';
import { BLOCKED_REQUEST_URLS, hardenWebContents, installSecurity, isPermissionAllowed, isSafeExternalUrl } from './security';

describe('isSafeExternalUrl', () => {
  it.each(['https://platform.openai.com/api-keys', 'https://example.com', 'https://example.com/a?b=c#d'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'smb://server/share',
    'ms-msdt:/id',
    'atelier://app/index.html',
    'https://user:pw@example.com/',
    'https://',
    'mailto:a@b.c',
    '',
    'example.com',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  const app = { url: 'atelier://app/index.html', isMainFrame: true };

  it('allows clipboard writes from the app', () => {
    expect(isPermissionAllowed({ ...app, permission: 'clipboard-sanitized-write' })).toBe(true);
  });

  it('allows the microphone alone, never the camera', () => {
    expect(isPermissionAllowed({ ...app, permission: 'media', mediaTypes: ['audio'] })).toBe(true);
    expect(isPermissionAllowed({ ...app, permission: 'media', mediaTypes: ['audio', 'video'] })).toBe(false);
    expect(isPermissionAllowed({ ...app, permission: 'media', mediaTypes: ['video'] })).toBe(false);
    expect(isPermissionAllowed({ ...app, permission: 'media', mediaTypes: [] })).toBe(false);
    expect(isPermissionAllowed({ ...app, permission: 'media' })).toBe(false);
  });

  it('allows screen capture (for system audio) only where the OS has it, and only to the app', () => {
    expect(isPermissionAllowed({ ...app, permission: 'display-capture', displayCapture: true })).toBe(true);
    expect(isPermissionAllowed({ ...app, permission: 'display-capture', displayCapture: false })).toBe(false);
    expect(isPermissionAllowed({ ...app, permission: 'display-capture', displayCapture: true, isMainFrame: false })).toBe(false);
    expect(isPermissionAllowed({ ...app, permission: 'display-capture', displayCapture: true, url: 'https://evil.example/' })).toBe(false);
  });

  it.each(['clipboard-read', 'display-capture', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'midi', 'fileSystem', 'unknown'])(
    'denies %s',
    (permission) => {
      expect(isPermissionAllowed({ ...app, permission, mediaTypes: ['audio'] })).toBe(false);
    },
  );

  it('denies everything to sub-frames and foreign origins', () => {
    expect(isPermissionAllowed({ ...app, isMainFrame: false, permission: 'clipboard-sanitized-write' })).toBe(false);
    expect(isPermissionAllowed({ ...app, url: 'https://example.com/', permission: 'clipboard-sanitized-write' })).toBe(false);
    expect(isPermissionAllowed({ ...app, url: undefined, permission: 'clipboard-sanitized-write' })).toBe(false);
  });
});

type Listener = (...args: never[]) => void;

function fakeContents() {
  const on = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((name: string, fn: Listener) => {
      on.set(name, fn);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((fn: typeof openHandler) => void (openHandler = fn)),
  };
  const fire = (name: string, event: object) => (on.get(name) as unknown as (e: object) => void)(event);
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  const setup = () => {
    const shell = { openExternal: vi.fn(async () => {}) };
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, { shell });
    return { shell, ...fake };
  };
  const navigation = (url: string, isMainFrame = true) => ({ url, isMainFrame, preventDefault: vi.fn() });

  it('blocks <webview>', () => {
    const { fire } = setup();
    const event = { preventDefault: vi.fn() };
    fire('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('lets the app navigate within itself only', () => {
    const { fire, shell } = setup();
    const inside = navigation('atelier://app/index.html');
    fire('will-frame-navigate', inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    for (const url of ['file:///etc/passwd', 'http://example.com/', 'atelier://other/']) {
      const e = navigation(url);
      fire('will-frame-navigate', e);
      expect(e.preventDefault).toHaveBeenCalled();
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('sends an https link to the browser instead of navigating, but never from an iframe', () => {
    const { fire, shell } = setup();
    const top = navigation('https://platform.openai.com/');
    fire('will-frame-navigate', top);
    expect(top.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledWith('https://platform.openai.com/');
    const sub = navigation('https://example.com/', false);
    fire('will-frame-navigate', sub);
    expect(sub.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks redirects away from the app', () => {
    const { fire } = setup();
    const e = navigation('https://example.com/');
    fire('will-redirect', e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('never opens a window; https links go to the browser, the rest nowhere', () => {
    const { open, shell } = setup();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('atelier://app/index.html')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });
});

describe('installSecurity', () => {
  it('hardens every webContents and denies permissions, devices and page network requests', () => {
    const appOn = vi.fn();
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    installSecurity({ app: { on: appOn } as never, session: session as never, shell: { openExternal: vi.fn() } });

    expect(appOn).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const fake = fakeContents();
    (appOn.mock.calls[0]![1] as (e: unknown, c: unknown) => void)({}, fake.contents);
    expect(fake.contents.setWindowOpenHandler).toHaveBeenCalled();

    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void;
    const callback = vi.fn();
    request({}, 'geolocation', callback, { requestingUrl: 'atelier://app/index.html', isMainFrame: true });
    request({}, 'media', callback, { requestingUrl: 'atelier://app/index.html', isMainFrame: true, mediaTypes: ['audio'] });
    request({}, 'media', callback, { requestingUrl: 'atelier://app/index.html', isMainFrame: true, mediaTypes: ['video'] });
    expect(callback.mock.calls).toEqual([[false], [true], [false]]);

    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(check(null, 'clipboard-sanitized-write', 'atelier://app', { isMainFrame: true })).toBe(true);
    expect(check(null, 'clipboard-read', 'atelier://app', { isMainFrame: true })).toBe(false);
    expect(check(null, 'media', 'atelier://app', { isMainFrame: true, mediaType: 'video' })).toBe(false);

    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as () => boolean;
    expect(device()).toBe(false);

    const [filter, onBefore] = session.webRequest.onBeforeRequest.mock.calls[0] as [{ urls: string[] }, (d: object, cb: (r: object) => void) => void];
    expect(filter.urls).toEqual(BLOCKED_REQUEST_URLS);
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'file:///*']));
    const cb = vi.fn();
    onBefore({ url: 'https://example.com/', webContentsId: 1 }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
  });
});
