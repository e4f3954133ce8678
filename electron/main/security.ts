/**
 * Electron security checklist items that are not window options: navigation and new windows,
 * permissions, <webview>, and remote content. Takes Electron's modules as arguments so the
 * decisions run under Vitest without the Electron binary.
 */
import type { App, Session, Shell, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { systemAudioPlatform } from './display-media';

/** Only https links leave the app, and only to the user's browser; never credentials in the URL. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

export interface PermissionQuery {
  permission: string;
  /** URL (or origin) of the frame asking. */
  url: string | undefined;
  isMainFrame: boolean;
  /** For 'media': which devices. */
  mediaTypes?: ReadonlyArray<string>;
  /** Screen capture may be asked for (system audio for live meetings, where the OS has it; see display-media.ts). */
  displayCapture?: boolean;
}

/**
 * Everything is denied except what a screen needs: writing to the clipboard (copy buttons) and,
 * for the realtime-audio screen, the microphone alone — never the camera or anything else. Screen
 * capture only where system audio exists (Windows); the display-media handler then grants a screen
 * with loopback audio on a click, and the renderer keeps only the audio. Only the app's own top-level
 * document may ask.
 */
export function isPermissionAllowed(q: PermissionQuery): boolean {
  if (!q.isMainFrame || !isAppUrl(q.url)) return false;
  switch (q.permission) {
    case 'clipboard-sanitized-write':
      return true;
    case 'media':
      return Array.isArray(q.mediaTypes) && q.mediaTypes.length > 0 && q.mediaTypes.every((t) => t === 'audio');
    case 'display-capture':
      return q.displayCapture === true;
    default:
      return false;
  }
}

/** URL patterns a page may never load: nothing that leaves the machine or reads files directly. */
export const BLOCKED_REQUEST_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file:///*'];

export interface SecurityDeps {
  app: Pick<App, 'on'>;
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'>;
  shell: Pick<Shell, 'openExternal'>;
  log?: (message: string, details: Record<string, unknown>) => void;
  /** process.platform: screen capture (for system audio) is allowed only where the OS can loop audio back. */
  platform?: string;
}

function openExternally(shell: SecurityDeps['shell'], url: string): void {
  shell.openExternal(url).catch(() => {
    // No browser configured: nothing sensible to do from here.
  });
}

/** Hardens one webContents: no foreign navigation, no new windows, no <webview>. */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, deps: Pick<SecurityDeps, 'shell' | 'log'>): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log?.('security.webview_blocked', {});
  });
  // Covers the main frame and sub-frames; same-document (history/hash) changes do not fire it.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    // A plain link to documentation: the user's browser, not this window.
    if (event.isMainFrame && isSafeExternalUrl(event.url)) openExternally(deps.shell, event.url);
    else deps.log?.('security.navigation_blocked', { scheme: schemeOf(event.url) });
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternally(deps.shell, url);
    else deps.log?.('security.window_open_blocked', { scheme: schemeOf(url) });
    return { action: 'deny' };
  });
}

/** Call once after app ready, before the first window. */
export function installSecurity(deps: SecurityDeps): void {
  const displayCapture = systemAudioPlatform(deps.platform ?? '');
  deps.app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, deps));

  deps.session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isPermissionAllowed({ permission, url: details.requestingUrl, isMainFrame: details.isMainFrame, mediaTypes, displayCapture }));
  });
  deps.session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed({
      permission,
      url: details.requestingUrl ?? requestingOrigin,
      isMainFrame: details.isMainFrame,
      mediaTypes: details.mediaType ? [details.mediaType] : undefined,
      displayCapture,
    }),
  );
  // HID, serial, USB: never.
  deps.session.setDevicePermissionHandler(() => false);
  // Remote content: the renderer talks to core over IPC only; model calls happen in core. Requests
  // Chromium itself makes (no webContents, e.g. spellcheck dictionaries) are left alone.
  deps.session.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS }, (details, callback) =>
    callback({ cancel: details.webContentsId !== undefined }),
  );
}

function schemeOf(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return m ? m[1]!.toLowerCase() : 'invalid';
}
