/**
 * System audio for live meetings: the renderer asks with getDisplayMedia({audio, video}); Electron has no
 * picker of its own, so main answers here. Only Windows can capture the system's output ('loopback');
 * elsewhere every request is refused and the renderer does not offer the option (a meeting records the
 * microphone alone). A screen must be granted with the audio (getDisplayMedia needs video); the renderer
 * stops that track at once. Takes Electron's modules as arguments so the decision runs under Vitest.
 */
import type { DesktopCapturer, DesktopCapturerSource, Session } from 'electron';
import { isAppUrl } from './app-origin';

/** Where the OS lets Chromium capture what the computer plays. */
export const systemAudioPlatform = (platform: string) => platform === 'win32';

export interface DisplayMediaQuery {
  platform: string;
  /** URL of the frame asking (null when it navigated away or was destroyed). */
  frameUrl: string | null;
  isMainFrame: boolean;
  audioRequested: boolean;
  userGesture: boolean;
}

/** Only the app's own top-level page, on a click, asking for audio, where the OS can loop it back. */
export function isSystemAudioAllowed(q: DisplayMediaQuery): boolean {
  return systemAudioPlatform(q.platform) && q.isMainFrame && isAppUrl(q.frameUrl) && q.audioRequested && q.userGesture;
}

export interface DisplayMediaDeps {
  session: Pick<Session, 'setDisplayMediaRequestHandler'>;
  desktopCapturer: Pick<DesktopCapturer, 'getSources'>;
  platform: string;
  log?: (message: string, details: Record<string, unknown>) => void;
}

export function installDisplayMedia(deps: DisplayMediaDeps): void {
  deps.session.setDisplayMediaRequestHandler((request, callback) => {
    const frame = request.frame;
    const query = { platform: deps.platform, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null, audioRequested: request.audioRequested, userGesture: request.userGesture };
    if (!isSystemAudioAllowed(query)) {
      deps.log?.('security.display_media_refused', { platform: deps.platform, audio: request.audioRequested, gesture: request.userGesture });
      return callback(null);
    }
    deps.desktopCapturer
      .getSources({ types: ['screen'], thumbnailSize: { width: 0, height: 0 } })
      .then((sources: DesktopCapturerSource[]) => {
        const screen = sources[0];
        // 'loopback' keeps the meeting audible on the speakers while it is recorded.
        callback(screen ? { video: screen, audio: 'loopback' } : null);
      })
      .catch(() => callback(null));
  });
}
