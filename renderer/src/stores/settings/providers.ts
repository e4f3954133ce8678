import { create } from 'zustand';
import type { CallInput, ConnectionReport, ProviderView } from '../../../../shared/contract';
import type { AppError, Result } from '../../../../shared/errors';
import { call, subscribe } from '../../api';
import { toastError, toastSuccess } from '../shell/toasts';
import { i18n } from '../../i18n';

/** What is happening to one provider right now, for its card. */
export interface ProviderActivity {
  testing?: boolean;
  refreshing?: boolean;
  savingModels?: boolean;
  /** The last successful "Test connection". */
  report?: ConnectionReport | null;
  /** The last failure of a test or a model refresh; either kind of success clears it. */
  error?: AppError | null;
}

interface ProvidersState {
  providers: ProviderView[];
  loaded: boolean;
  loadError: AppError | null;
  activity: Record<string, ProviderActivity>;
  load(): Promise<void>;
  /** Form actions return the Result so the form can show field errors in place. */
  create(input: CallInput<'providers.create'>): Promise<Result<ProviderView>>;
  update(input: CallInput<'providers.update'>): Promise<Result<ProviderView>>;
  remove(id: string): Promise<Result<{ removed: true }>>;
  test(id: string): Promise<Result<ConnectionReport>>;
  refreshModels(id: string): Promise<Result<ProviderView>>;
  /** Replaces the model list by hand; failures become toasts. */
  setModels(id: string, models: string[]): Promise<boolean>;
}

/** The environment provider's models live in core's memory only; fetch them once per session. */
let envRefreshTried = false;

export const useProviders = create<ProvidersState>()((set, get) => {
  const track = (id: string, patch: ProviderActivity) =>
    set((s) => ({ activity: { ...s.activity, [id]: { ...s.activity[id], ...patch } } }));
  const upsert = (view: ProviderView) =>
    set((s) => ({
      providers: s.providers.some((p) => p.id === view.id) ? s.providers.map((p) => (p.id === view.id ? view : p)) : [...s.providers, view],
    }));

  return {
    providers: [],
    loaded: false,
    loadError: null,
    activity: {},
    async load() {
      const r = await call('providers.list', {});
      if (!r.ok) return set({ loadError: r.error, loaded: true });
      set({ providers: r.value, loaded: true, loadError: null });
      const env = r.value.find((p) => p.fromEnvironment);
      if (env && env.modelsSource === 'none' && !envRefreshTried) {
        envRefreshTried = true;
        void get().refreshModels(env.id);
      }
    },
    async create(input) {
      const r = await call('providers.create', input);
      if (r.ok) upsert(r.value);
      return r;
    },
    async update(input) {
      const r = await call('providers.update', input);
      if (r.ok) upsert(r.value);
      return r;
    },
    async remove(id) {
      const r = await call('providers.remove', { id });
      if (r.ok) set((s) => ({ providers: s.providers.filter((p) => p.id !== id) }));
      return r;
    },
    async test(id) {
      track(id, { testing: true, error: null, report: null });
      const r = await call('providers.test', { id });
      track(id, r.ok ? { testing: false, report: r.value } : { testing: false, error: r.error });
      return r;
    },
    async refreshModels(id) {
      track(id, { refreshing: true });
      const r = await call('providers.refreshModels', { id });
      if (r.ok) upsert(r.value);
      track(id, r.ok ? { refreshing: false, error: null } : { refreshing: false, error: r.error, report: null });
      return r;
    },
    async setModels(id, models) {
      track(id, { savingModels: true });
      const r = await call('providers.update', { id, models });
      track(id, { savingModels: false });
      if (r.ok) {
        upsert(r.value);
        return true;
      }
      toastError(r.error, i18n.t('toasts:settings.modelListFailed'));
      return false;
    },
  };
});

/** Removes a provider with a toast either way; used by the delete confirmation. */
export async function removeProvider(view: ProviderView): Promise<boolean> {
  const r = await useProviders.getState().remove(view.id);
  if (r.ok) toastSuccess(i18n.t('toasts:settings.providerRemoved'), i18n.t('toasts:settings.providerRemovedBody', { name: view.name }));
  else toastError(r.error, i18n.t('toasts:settings.providerRemoveFailed', { name: view.name }));
  return r.ok;
}

export function watchProviders(): () => void {
  return subscribe('data.changed', ({ topic }) => {
    if (topic === 'providers') void useProviders.getState().load();
  });
}
