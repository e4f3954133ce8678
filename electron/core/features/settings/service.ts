import { MODALITIES, SUGGESTED_MODELS, type Modality } from '../../../../shared/policy';
import type { ModelRef, ProviderView, Settings } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { SettingsRepo } from '../../db/repos/settings';

type SettingsPatch = Partial<Omit<Settings, 'defaults'>> & { defaults?: Partial<Record<Modality, ModelRef | null>> };

const emptyDefaults = (): Record<Modality, ModelRef | null> =>
  Object.fromEntries(MODALITIES.map((m) => [m, null])) as Record<Modality, ModelRef | null>;

export function createSettingsService(repo: SettingsRepo, providerExists: (id: string) => boolean) {
  function get(): Settings {
    const stored = repo.all();
    return {
      theme: (stored.theme as Settings['theme'] | undefined) ?? 'system',
      language: (stored.language as Settings['language'] | undefined) ?? 'system',
      defaults: { ...emptyDefaults(), ...((stored.defaults as Settings['defaults'] | undefined) ?? {}) },
      onboardingDone: (stored.onboardingDone as boolean | undefined) ?? false,
      autoTitles: (stored.autoTitles as boolean | undefined) ?? true,
    };
  }

  function update(patch: SettingsPatch): Settings {
    const current = get();
    const entries: Record<string, unknown> = {};
    if (patch.theme !== undefined) entries.theme = patch.theme;
    if (patch.language !== undefined) entries.language = patch.language;
    if (patch.onboardingDone !== undefined) entries.onboardingDone = patch.onboardingDone;
    if (patch.autoTitles !== undefined) entries.autoTitles = patch.autoTitles;
    if (patch.defaults) {
      for (const ref of Object.values(patch.defaults)) {
        if (ref && !providerExists(ref.providerId)) throw new AppFailure('not_found', 'The chosen provider no longer exists.', { field: 'defaults' });
      }
      entries.defaults = { ...current.defaults, ...patch.defaults };
    }
    repo.putMany(entries);
    return get();
  }

  return {
    get,
    update,
    /** After a provider's models are known, give each modality without a default a suitable one. */
    fillMissingDefaults(provider: ProviderView): boolean {
      const current = get();
      const patch: Partial<Record<Modality, ModelRef>> = {};
      for (const modality of MODALITIES) {
        if (current.defaults[modality]) continue;
        const model = SUGGESTED_MODELS[modality].find((m) => provider.models.includes(m));
        if (model) patch[modality] = { providerId: provider.id, model };
      }
      if (Object.keys(patch).length === 0) return false;
      update({ defaults: patch });
      return true;
    },
    /** Clears defaults that point at a removed provider. */
    forgetProvider(providerId: string): void {
      const current = get();
      const patch: Partial<Record<Modality, null>> = {};
      for (const modality of MODALITIES) if (current.defaults[modality]?.providerId === providerId) patch[modality] = null;
      if (Object.keys(patch).length) update({ defaults: patch });
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
