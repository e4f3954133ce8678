import { applyLanguagePreference, watchSystemLanguage } from '../../i18n';
import { applyThemePreference, watchSystemTheme } from '../../lib/theme';
import { useApp, watchConnection } from './app';
import { watchBudgetPreview } from '../usage/budgetPreview';
import { watchChat } from '../chat/bootstrap';
import { useData, watchData } from '../settings/data';
import { useLive } from '../live/live';
import { watchNavigation } from './navigation';
import { catchUpNotices, watchNotifications } from './notifications';
import { useOnboarding } from '../onboarding/onboarding';
import { watchPipeline } from '../settings/pipeline';
import { useProviders, watchProviders } from '../settings/providers';
import { useSettings, watchSettings } from '../settings/settings';
import { watchTranscription } from '../transcription/bootstrap';
import { watchUsage } from '../usage/usage';
import { useVault, watchVault } from '../settings/vault';

const loadAll = () =>
  Promise.all([
    useApp.getState().load(),
    useSettings.getState().load(),
    useProviders.getState().load(),
    useVault.getState().load(),
    useData.getState().load(),
  ]);

/** Wires events to stores, loads every domain once, then decides whether to greet a first-time user. */
export async function bootstrap(): Promise<void> {
  watchNavigation();
  watchSystemTheme();
  watchSystemLanguage();
  watchSettings();
  watchProviders();
  watchVault();
  watchData();
  watchChat();
  watchPipeline();
  watchUsage();
  watchBudgetPreview();
  watchTranscription();
  watchNotifications();
  useLive.getState().watch();
  // Events sent while the connection was down are lost; re-read everything when it comes back, and show the
  // notices that were raised meanwhile.
  watchConnection(() => {
    void loadAll();
    void catchUpNotices();
  });
  useSettings.subscribe((s, prev) => {
    if (s.settings?.theme && s.settings.theme !== prev.settings?.theme) applyThemePreference(s.settings.theme);
    if (s.settings?.language && s.settings.language !== prev.settings?.language) applyLanguagePreference(s.settings.language);
  });
  await loadAll();
  useOnboarding.getState().decide();
  // A meeting still being recorded (this page was reloaded, or another window records it): show it again.
  void useLive.getState().reattach();
  useApp.setState({ ready: true });
}
