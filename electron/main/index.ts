/**
 * The desktop shell's entry: lifecycle only. Everything with a decision in it lives in a small
 * module beside this one that takes Electron's objects as arguments (and has a unit test); this
 * file is the only one in electron/main that imports Electron's runtime.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, desktopCapturer, dialog, ipcMain, Menu, nativeTheme, Notification, protocol, safeStorage, session, shell, Tray } from 'electron';
import { createCore, type Core } from '../core/app';
import { resolveDataDir } from '../core/data/location';
import { installLastResortHandlers } from '../core/last-resort';
import { createFileLogger } from '../core/log';
import { APP_ENTRY_URL } from './app-origin';
import { noBackgroundPresence, shouldQuitWhenAllWindowsClosed, type BackgroundPresence } from './background';
import { registerIpcBridge } from './ipc-bridge';
import { menuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './protocol';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { createTray } from './tray';
import { installSecurity } from './security';
import { installDisplayMedia } from './display-media';
import { windowOptions } from './window-options';
import type { EventPayloads, Settings } from '../../shared/contract';
import { resolveLanguage } from '../../shared/i18n/language';
import { osNotice } from './os-notice';

const APP_NAME = 'Atelier';
/** Same as electron-builder.yml's appId, so Windows groups notifications and taskbar entries. */
const APP_ID = 'dev.atelier.app';

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const preloadPath = path.join(here, '..', 'preload', 'index.cjs');
const rendererDir = path.join(here, '..', 'renderer');
const isMac = process.platform === 'darwin';
const isDev = !app.isPackaged;

const windows = new Set<BrowserWindow>();
let core: Core | null = null;
let disposeBridge: (() => void) | null = null;
/** Seam: the tray for background queues replaces this (see background.ts). */
let background: BackgroundPresence = noBackgroundPresence;
let quitting = false;

// ---------------------------------------------------------------- before ready

app.setName(APP_NAME);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
app.enableSandbox();
// Keeps userData (~/.config/Atelier) as the default data folder, as browser mode does.
const location = resolveDataDir(process.env, app.getPath('userData'));
// A data folder chosen by ATELIER_DATA_DIR gets its own Chromium profile and its own instance lock,
// so isolated instances (tests, a second profile) never share state or block each other.
if (location.fromEnvironment) app.setPath('userData', path.join(location.dir, 'electron'));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // Another Atelier owns this data folder; it shows its window (second-instance) and we leave.
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('window-all-closed', () => {
    if (shouldQuitWhenAllWindowsClosed({ platform: process.platform, keepAlive: background.keepsAppAlive() })) app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', shutdown);
  // `npm start` forwards Ctrl-C and SIGTERM: close the database properly rather than dying mid-write.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
  app.whenReady().then(start).catch(failStart);
}

// ---------------------------------------------------------------- lifecycle

async function start(): Promise<void> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The interface has not been built (${rendererDir} is missing). Run "npm run build" first.`);
  }
  installSecurity({ app, session: session.defaultSession, shell, platform: process.platform, log: (message, details) => console.warn(message, details) });
  installDisplayMedia({ session: session.defaultSession, desktopCapturer, platform: process.platform, log: (message, details) => console.warn(message, details) });
  serveRenderer(protocol, rendererDir, (kind, id) => core?.media(kind, id) ?? null);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac, isDev, appName: APP_NAME })));

  fs.mkdirSync(location.dir, { recursive: true, mode: 0o700 });
  const log = createFileLogger({ dir: path.join(location.dir, 'logs') });
  // Electron's default would show a modal error box per exception; log it and keep the app serving.
  installLastResortHandlers(process, log);
  const started = await createCore({
    location,
    log,
    mode: 'desktop',
    version: app.getVersion(),
    // After ready: only then can Linux report which keyring backs safeStorage.
    hostCipher: createSafeStorageCipher(safeStorage),
    nativeBinding: devNativeBinding(),
    pickFolder: async (defaultPath) => {
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[], defaultPath };
      const win = BrowserWindow.getFocusedWindow();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  });
  if (quitting) {
    started.stop();
    return;
  }
  core = started;
  disposeBridge = registerIpcBridge({
    ipcMain,
    core,
    windows: () => [...windows].filter((w) => !w.isDestroyed()).map((w) => w.webContents),
  });
  const tray = createTray({
    Tray,
    Menu,
    icon: path.join(here, '..', '..', 'resources', 'icon.png'),
    showWindow,
    quit: () => app.quit(),
    pendingWork: () => core?.pendingWork() ?? 0,
  });
  background = tray;
  core.subscribe((event) => {
    if (event.name === 'job.progress' || event.name === 'app.notify') tray.refresh();
    if (event.name === 'app.notify' && Notification.isSupported()) void showNotice(started, event.payload as EventPayloads['app.notify']);
  });

  createWindow();
  app.on('activate', showWindow);
}

/** A core notification as a system notification, in the interface language the user chose (or the system's). */
async function showNotice(c: Core, notice: EventPayloads['app.notify']): Promise<void> {
  const settings = await c.handle('settings.get', {}, { trusted: true, label: 'main process' });
  const preference = settings.ok ? (settings.value as Settings).language : 'system';
  const { title, body } = osNotice(notice, resolveLanguage(preference, app.getPreferredSystemLanguages()));
  new Notification({ title, body }).show();
}

function shutdown(): void {
  background.dispose();
  background = noBackgroundPresence;
  disposeBridge?.();
  disposeBridge = null;
  core?.stop();
  core = null;
}

function failStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const wrongAbi = /NODE_MODULE_VERSION|compiled against a different Node\.js version/.test(message);
  const hint = wrongAbi
    ? '\n\nThe database module is built for Node.js, not for Electron. Run "node scripts/postinstall.mjs" (needs a network connection once) and start again, or use browser mode: npm start -- --browser.'
    : '';
  process.stderr.write(`Atelier could not start: ${message}${hint}\n`);
  dialog.showErrorBox('Atelier could not start', `${message}${hint}`);
  app.exit(1);
}

// ---------------------------------------------------------------- windows

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions({ preloadPath, isMac, dark: nativeTheme.shouldUseDarkColors, iconPath: iconPath(), devTools: isDev }));
  windows.add(win);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => windows.delete(win));
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    process.stderr.write(`Atelier could not load its interface: ${error instanceof Error ? error.message : String(error)}\n`);
  });
  return win;
}

/** Focuses the existing window, or opens one (second launch, Dock click, tray). */
function showWindow(): void {
  if (!core) return;
  const win = [...windows].find((w) => !w.isDestroyed());
  if (!win) {
    createWindow();
    return;
  }
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

// ---------------------------------------------------------------- files

/** Development: better-sqlite3 built for Electron's ABI by scripts/postinstall.mjs. Packaged: electron-builder rebuilt it in place. */
function devNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = path.join(app.getAppPath(), '.native', 'electron', 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}

function iconPath(): string | undefined {
  const file = path.join(app.getAppPath(), 'resources', 'icon.png');
  return fs.existsSync(file) ? file : undefined;
}
