/**
 * Seam for running without a window. Today nothing keeps Atelier alive once its windows close
 * (except the macOS convention); the tray for background queues (transcription, image batches)
 * plugs in here by providing a BackgroundPresence that says when queued work is still running.
 */

export interface BackgroundPresence {
  /** True while queued work should keep the app running after the last window closes. */
  keepsAppAlive(): boolean;
  /** Removes the tray icon and its listeners; called once on quit. */
  dispose(): void;
}

/** The default until the tray lands. */
export const noBackgroundPresence: BackgroundPresence = {
  keepsAppAlive: () => false,
  dispose: () => {},
};

/** macOS apps stay in the Dock with no windows; elsewhere the app quits unless work is queued. */
export function shouldQuitWhenAllWindowsClosed(input: { platform: NodeJS.Platform; keepAlive: boolean }): boolean {
  return input.platform !== 'darwin' && !input.keepAlive;
}
