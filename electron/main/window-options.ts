import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled, sandbox-safe preload (out/preload/index.cjs). */
  preloadPath: string;
  isMac: boolean;
  /** Paint the window in the theme's colour before the first frame, so it never flashes white. */
  dark?: boolean;
  /** Window icon for Linux and Windows; macOS uses the bundle's icon. */
  iconPath?: string;
  /** DevTools only in development builds. */
  devTools?: boolean;
}

export const WINDOW_TITLE = 'Atelier';
export const BACKGROUND_LIGHT = '#f6f6f4';
export const BACKGROUND_DARK = '#17171a';

/**
 * The one place a BrowserWindow's options are decided. Pure, so a unit test pins every flag of
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security).
 */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    // Shown on 'ready-to-show' so the user never sees an empty frame.
    show: false,
    backgroundColor: input.dark ? BACKGROUND_DARK : BACKGROUND_LIGHT,
    ...(input.isMac || !input.iconPath ? {} : { icon: input.iconPath }),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Dropping a file on the window must not navigate away from the app.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: input.devTools ?? false,
    },
  };
}
