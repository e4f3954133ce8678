import type { Menu as MenuType, MenuItemConstructorOptions, NativeImage, Tray as TrayType } from 'electron';
import type { BackgroundPresence } from './background';

export interface TrayDeps {
  Tray: new (image: NativeImage | string) => TrayType;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType };
  icon: NativeImage | string;
  showWindow(): void;
  quit(): void;
  /** Unfinished background jobs (transcriptions): while any remain, closing the window keeps the app running. */
  pendingWork(): number;
}

/** The items of the tray menu (pure, so the wording is tested without Electron). */
export function trayMenu(pending: number, actions: { show(): void; quit(): void }): MenuItemConstructorOptions[] {
  return [
    { label: pending > 0 ? `${pending} recording${pending === 1 ? '' : 's'} in the queue` : 'No background work', enabled: false },
    { type: 'separator' },
    { label: 'Show Atelier', click: actions.show },
    { label: pending > 0 ? 'Quit (the queue resumes next time)' : 'Quit', click: actions.quit },
  ];
}

/** A tray icon that reopens the window; background queues keep running while it is there. */
export function createTray(deps: TrayDeps): BackgroundPresence & { refresh(): void } {
  const tray = new deps.Tray(deps.icon);
  tray.setToolTip('Atelier');
  const refresh = () => tray.setContextMenu(deps.Menu.buildFromTemplate(trayMenu(deps.pendingWork(), { show: deps.showWindow, quit: deps.quit })));
  refresh();
  tray.on('click', deps.showWindow);
  return {
    keepsAppAlive: () => deps.pendingWork() > 0,
    refresh,
    dispose: () => tray.destroy(),
  };
}
