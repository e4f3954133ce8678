import { create } from 'zustand';
import type { CallInput, LanguagePreference, ModelRef, Settings, ThemePreference } from '../../../../shared/contract';
import { i18n } from '../../i18n';
import type { AppError } from '../../../../shared/errors';
import type { Modality } from '../../../../shared/policy';
import { call, subscribe } from '../../api';
import { toastError } from '../shell/toasts';

interface SettingsState {
  settings: Settings | null;
  loadError: AppError | null;
  load(): Promise<void>;
  setTheme(theme: ThemePreference): Promise<void>;
  setLanguage(language: LanguagePreference): Promise<void>;
  setDefault(modality: Modality, ref: ModelRef | null): Promise<void>;
  setAutoTitles(on: boolean): Promise<void>;
  /** Records that the welcome flow is finished or skipped; true when saved. */
  completeOnboarding(): Promise<boolean>;
}

export const useSettings = create<SettingsState>()((set, get) => {
  /** Applies a patch optimistically and rolls back with a toast if core refuses it. */
  const patch = async (input: CallInput<'settings.update'>, optimistic: Partial<Settings>, action: string) => {
    const before = get().settings;
    if (before) set({ settings: { ...before, ...optimistic } });
    const r = await call('settings.update', input);
    if (r.ok) {
      set({ settings: r.value });
      return true;
    }
    set({ settings: before });
    toastError(r.error, action);
    return false;
  };

  return {
    settings: null,
    loadError: null,
    async load() {
      const r = await call('settings.get', {});
      set(r.ok ? { settings: r.value, loadError: null } : { loadError: r.error });
    },
    async setTheme(theme) {
      await patch({ theme }, { theme }, i18n.t('settings:appearance.themeFailed'));
    },
    async setLanguage(language) {
      await patch({ language }, { language }, i18n.t('settings:appearance.languageFailed'));
    },
    async setDefault(modality, ref) {
      const current = get().settings;
      const defaults = current ? { ...current.defaults, [modality]: ref } : undefined;
      await patch({ defaults: { [modality]: ref } }, defaults ? { defaults } : {}, i18n.t('toasts:settings.defaultModelFailed'));
    },
    async setAutoTitles(autoTitles) {
      await patch({ autoTitles }, { autoTitles }, i18n.t('settings:defaults.autoTitlesFailed'));
    },
    completeOnboarding() {
      return patch({ onboardingDone: true }, { onboardingDone: true }, i18n.t('toasts:settings.setupDoneFailed'));
    },
  };
});

export function watchSettings(): () => void {
  return subscribe('data.changed', ({ topic }) => {
    if (topic === 'settings') void useSettings.getState().load();
  });
}
