import { lookupModel } from '../../../shared/pricing';
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

/** What a model can do, for tagging and filtering pickers. */
export type Capability = 'chat' | 'vision' | 'audio' | 'image';
export const CAPABILITIES: readonly Capability[] = ['chat', 'vision', 'audio', 'image'];

/** A model's capabilities: chat models that read images (per the pricing catalog) are also 'vision'. */
export function modelCapabilities(model: string): Capability[] {
  const caps: Capability[] = [];
  if (modelFitsModality(model, 'text')) {
    caps.push('chat');
    if (lookupModel(model)?.info.vision) caps.push('vision');
  }
  if (modelFitsModality(model, 'audio-offline') || modelFitsModality(model, 'audio-realtime')) caps.push('audio');
  if (modelFitsModality(model, 'image-generation')) caps.push('image');
  return caps;
}

/**
 * Whether a model belongs in a picker for a modality: chat models for text, models that read images (per
 * the catalog) for image analysis, transcription models for transcription, image models for generation.
 */
export function fitsPicker(model: string, modality: Modality): boolean {
  if (modality === 'image-understanding') return modelCapabilities(model).includes('vision');
  return modelFitsModality(model, modality);
}

export interface ProviderModels<O> {
  providerId: string;
  providerName: string;
  options: O[];
}

/** Every provider's models that have a capability, grouped by provider (providers without any left out). */
export function byProvider<O>(
  providers: readonly { id: string; name: string; models: readonly string[] }[],
  capability: Capability,
  toOption: (model: string, provider: { id: string; name: string }) => O,
  order: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): ProviderModels<O>[] {
  return providers
    .map((p) => ({
      providerId: p.id,
      providerName: p.name,
      options: p.models.filter((m) => modelCapabilities(m).includes(capability)).sort(order).map((m) => toOption(m, p)),
    }))
    .filter((g) => g.options.length > 0);
}
