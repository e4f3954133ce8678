/**
 * From the form's choices to the API's parameter names. Everything chosen is sent as chosen: a
 * request is checked against the model (`checkImageRequest`) before it is queued, so a parameter the
 * model does not accept is refused with its reason instead of being dropped silently.
 */
import type { StudioParams } from '../../../../shared/contract';
import type { ImageRequestParams } from '../../../../shared/pricing';

/** The request body's parameters (without model and prompt). */
export function apiParams(p: StudioParams, kind: 'generate' | 'edit'): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = { n: p.n, size: p.size, quality: p.quality };
  if (p.background) out.background = p.background;
  if (p.outputFormat) out.output_format = p.outputFormat;
  if (p.compression !== undefined) out.output_compression = p.compression;
  if (p.moderation) out.moderation = p.moderation;
  if (kind === 'edit' && p.inputFidelity) out.input_fidelity = p.inputFidelity;
  if (p.style) out.style = p.style;
  if (p.partialImages > 0) {
    out.stream = true;
    out.partial_images = p.partialImages;
  }
  return out;
}

/** The same parameters in the shape `checkImageRequest` reads. */
export function checkable(model: string, prompt: string, p: StudioParams, kind: 'generate' | 'edit'): ImageRequestParams {
  return { model, prompt, ...apiParams(p, kind) } as ImageRequestParams;
}
