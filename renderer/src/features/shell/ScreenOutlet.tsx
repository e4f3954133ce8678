import { useEffect, useRef, type ComponentType } from 'react';
import { ChatScreen } from '../chat/ChatScreen';
import { ImageAnalysisScreen } from '../image-analysis/ImageAnalysisScreen';
import { ImageStudioScreen } from '../image-studio/ImageStudioScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TranscriptionScreen } from '../transcription/TranscriptionScreen';
import { UsageScreen } from '../usage/UsageScreen';
import { useNavigation } from '../../stores/shell/navigation';
import type { ScreenId } from '../../lib/screens';
import { useScreenMeta } from './useScreenMeta';

const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  chat: ChatScreen,
  'image-analysis': ImageAnalysisScreen,
  'image-studio': ImageStudioScreen,
  transcription: TranscriptionScreen,
  usage: UsageScreen,
  settings: SettingsScreen,
};

/** Renders the current screen and keeps the window title and scroll position in step with it. */
export function ScreenOutlet() {
  const screen = useNavigation((s) => s.route.screen);
  const { title } = useScreenMeta(screen);
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [screen]);
  useEffect(() => {
    document.title = `${title} — Atelier`;
  }, [title]);
  const Component = SCREEN_COMPONENTS[screen];
  return (
    <main ref={mainRef} className="main" id="main" aria-label={title}>
      <div className={screen === 'settings' ? 'page page--wide' : 'page'}>
        <Component />
      </div>
    </main>
  );
}
