import { SUGGESTED_MODELS, modelFitsModality, type Modality } from '../../../shared/policy';

/** A provider's models split for a modality picker: suggested ones first, then the rest. */
export function modelsForModality(models: readonly string[], modality: Modality): { fitting: string[]; other: string[] } {
  const suggested = SUGGESTED_MODELS[modality];
  const rank = (m: string) => {
    const i = suggested.indexOf(m);
    return i === -1 ? suggested.length : i;
  };
  const fitting = models.filter((m) => modelFitsModality(m, modality)).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const other = models.filter((m) => !modelFitsModality(m, modality));
  return { fitting, other };
}

/** The model to pick when a provider is chosen for a modality. */
export function bestModel(models: readonly string[], modality: Modality): string | null {
  const { fitting, other } = modelsForModality(models, modality);
  return fitting[0] ?? other[0] ?? null;
}
