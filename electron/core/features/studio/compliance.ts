/**
 * The compliance check every output goes through before approval: the moderation endpoint on the
 * prompt and the image (through the pipeline), then the brand profile's local rules.
 */
import type { BrandProfile, CheckItem, CheckResult } from '../../../../shared/contract';
import { ruleRunner } from '../../pipeline/rule-runner';
import type { PipelineStack } from '../../pipeline/stack';
import { hasTransparency } from './images';

export const REVIEW_SCENE = 'image_studio_review';
const MODERATION_MODEL = 'omni-moderation-latest';

export interface CheckSubject {
  providerId: string;
  prompt: string;
  notes: string;
  original: Buffer;
  mime: string;
  width: number;
  height: number;
  preview: Buffer;
  previewHash: string;
}

/** Local rules of a brand profile; each one that applies becomes an item. */
export async function brandItems(brand: BrandProfile, s: CheckSubject): Promise<CheckItem[]> {
  const items: CheckItem[] = [];
  const r = brand.rules;
  const text = `${s.prompt}\n${s.notes}`;
  // Off the event loop with a time bound: a brand's expression must not freeze the app.
  const outcome = await ruleRunner().firstMatch(r.blockedWords, text);
  const detail =
    outcome.kind === 'matched'
      ? `The prompt or notes use the blocked word "${outcome.rule}" (${brand.name}).`
      : outcome.kind === 'timed_out'
        ? `The blocked-word rule "${outcome.rule}" of ${brand.name} took too long on this text and was stopped; simplify it.`
        : `No blocked words of ${brand.name}.`;
  const word = outcome.kind === 'clear' ? null : outcome.rule;
  items.push({ rule: 'blocked_words', passed: outcome.kind === 'clear', detail, facts: { kind: 'blocked_words', brand: brand.name, outcome: outcome.kind, word } });
  if (r.requiredFormat) {
    const format = s.mime.split('/')[1] ?? '';
    const facts = { kind: 'format' as const, brand: brand.name, required: r.requiredFormat.toUpperCase(), actual: format.toUpperCase() };
    items.push({ rule: 'format', passed: format === r.requiredFormat, detail: `${brand.name} needs ${facts.required}; this image is ${facts.actual}.`, facts });
  }
  if (r.minWidth || r.minHeight) {
    const ok = s.width >= (r.minWidth ?? 0) && s.height >= (r.minHeight ?? 0);
    const facts = { kind: 'size' as const, brand: brand.name, minWidth: r.minWidth ?? 0, minHeight: r.minHeight ?? 0, width: s.width, height: s.height };
    items.push({ rule: 'size', passed: ok, detail: `${brand.name} needs at least ${facts.minWidth} × ${facts.minHeight}; this image is ${s.width} × ${s.height}.`, facts });
  }
  if (r.requireTransparent) {
    const ok = await hasTransparency(s.original);
    items.push({
      rule: 'transparent_background',
      passed: ok,
      detail: ok ? 'The background is transparent.' : `${brand.name} needs a transparent background; this image has none.`,
      facts: { kind: 'transparent_background', brand: brand.name },
    });
  }
  return items;
}

/** Moderation on prompt + image, then the brand's rules. Throws when moderation cannot run (the check stays 'error'). */
export async function runCheck(stack: Pick<PipelineStack, 'pipeline' | 'operations'>, s: CheckSubject, brand: BrandProfile | null): Promise<CheckResult> {
  const mod = await stack.pipeline.run(stack.operations.moderation, {
    scene: REVIEW_SCENE,
    modality: 'image-generation',
    providerId: s.providerId,
    model: MODERATION_MODEL,
    input: { text: s.prompt, imageDataUrl: `data:image/webp;base64,${s.preview.toString('base64')}`, imageHash: s.previewHash },
  });
  const flagged = mod.output.flagged;
  const items: CheckItem[] = [
    {
      rule: 'moderation',
      passed: flagged.length === 0,
      detail: flagged.length ? `Moderation flagged: ${new Intl.ListFormat('en').format(flagged)}.` : 'Moderation found nothing on the prompt or the image.',
      facts: { kind: 'moderation', flagged },
    },
    ...(brand ? await brandItems(brand, s) : []),
  ];
  return { at: new Date().toISOString(), brandId: brand?.id ?? null, items, flagged };
}
