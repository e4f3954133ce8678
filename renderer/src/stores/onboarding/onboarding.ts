import { create } from 'zustand';
import type { ConnectionReport, ProviderKind } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import { useProviders } from '../settings/providers';
import { useSettings } from '../settings/settings';

export type OnboardingStep = 'welcome' | 'connect' | 'success' | 'environment';

export interface ConnectDraft {
  name: string;
  baseUrl: string;
  apiKey: string;
}

/** A field the core named in its error (details.field), so the form can mark it. */
export interface FieldError {
  field: string;
  message: string;
}

interface OnboardingState {
  open: boolean;
  step: OnboardingStep;
  choice: ProviderKind;
  busy: boolean;
  error: AppError | null;
  fieldError: FieldError | null;
  /** The provider this flow created, reused when the user fixes a mistake and tries again. */
  created: { id: string; kind: ProviderKind } | null;
  connected: { name: string; report: ConnectionReport } | null;
  /** Opens the flow on a first run: onboarding not done and nothing but (at most) an environment provider. */
  decide(): void;
  choose(kind: ProviderKind): void;
  back(): void;
  connect(draft: ConnectDraft): Promise<void>;
  checkEnvironment(): Promise<void>;
  /** Finish or skip: either way it is not shown again. */
  close(): Promise<void>;
}

const fieldOf = (error: AppError): FieldError | null => {
  const field = error.details?.field;
  return typeof field === 'string' && ['name', 'baseUrl', 'apiKey'].includes(field) ? { field, message: error.message } : null;
};

export const useOnboarding = create<OnboardingState>()((set, get) => {
  const failed = (error: AppError) => {
    const fieldError = fieldOf(error);
    set({ busy: false, fieldError, error: fieldError ? null : error });
  };

  return {
    open: false,
    step: 'welcome',
    choice: 'openai',
    busy: false,
    error: null,
    fieldError: null,
    created: null,
    connected: null,
    decide() {
      const settings = useSettings.getState().settings;
      const { providers, loaded } = useProviders.getState();
      if (!settings || !loaded || settings.onboardingDone) return;
      if (providers.some((p) => !p.fromEnvironment)) return;
      const env = providers.some((p) => p.fromEnvironment);
      set({ open: true, step: env ? 'environment' : 'welcome' });
    },
    choose(kind) {
      set({ choice: kind, step: 'connect', error: null, fieldError: null });
    },
    back() {
      set({ step: 'welcome', error: null, fieldError: null, busy: false });
    },
    async connect(draft) {
      const providers = useProviders.getState();
      const { choice } = get();
      let created = get().created;
      set({ busy: true, error: null, fieldError: null });
      // A kind cannot be changed after creation, so a half-made provider of the other kind is replaced.
      if (created && created.kind !== choice) {
        await providers.remove(created.id);
        created = null;
        set({ created: null });
      }
      const apiKey = draft.apiKey.trim() || undefined;
      const saved = created
        ? await providers.update({ id: created.id, name: draft.name, baseUrl: draft.baseUrl, ...(apiKey ? { apiKey } : {}) })
        : await providers.create({ name: draft.name, kind: choice, baseUrl: draft.baseUrl, ...(apiKey ? { apiKey } : {}) });
      if (!saved.ok) return failed(saved.error);
      set({ created: { id: saved.value.id, kind: choice } });
      const report = await providers.test(saved.value.id);
      if (!report.ok) return failed(report.error);
      // Fetching the list also fills each modality's default model.
      const refreshed = await providers.refreshModels(saved.value.id);
      if (!refreshed.ok) return failed(refreshed.error);
      await useSettings.getState().load();
      set({ busy: false, step: 'success', connected: { name: refreshed.value.name, report: report.value } });
    },
    async checkEnvironment() {
      const env = useProviders.getState().providers.find((p) => p.fromEnvironment);
      if (!env) return;
      set({ busy: true, error: null });
      const report = await useProviders.getState().test(env.id);
      if (!report.ok) return failed(report.error);
      const refreshed = await useProviders.getState().refreshModels(env.id);
      if (!refreshed.ok) return failed(refreshed.error);
      await useSettings.getState().load();
      set({ busy: false, connected: { name: env.name, report: report.value } });
    },
    async close() {
      set({ open: false });
      await useSettings.getState().completeOnboarding();
    },
  };
});
