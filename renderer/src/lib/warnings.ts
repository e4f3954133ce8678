import type { BudgetWarning, Warning } from '../../../shared/contract';
import type { ImageModelSpec } from '../../../shared/pricing';
import { imageModelStatus } from '../../../shared/pricing';
import { i18n } from '../i18n';
import { formatDate } from '../i18n/format';

export type Money = (micros: number) => string;
/** A scene's label from its billing name; the name itself when no scene is known. */
export type SceneLabel = (name: string) => string;

const asWords: SceneLabel = (name) => name;

/** An ISO day ('2026-10-23') in the interface language, read as that calendar day wherever the user is. */
export const isoDay = (day: string) => formatDate(`${day}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

/** "daily overall budget", "每月转写预算", "daily budget of the “Support” scene". */
export function budgetPhrase(b: Pick<BudgetWarning, 'scope' | 'target' | 'period'>, sceneLabel: SceneLabel = asWords): string {
  if (b.scope === 'overall') return i18n.t(`core:budget.overall_${b.period}`);
  if (b.scope === 'modality') {
    const key = `core:budget.modalities.${b.target ?? ''}`;
    const modality = i18n.exists(key) ? i18n.t(key as 'core:budget.modalities.text') : (b.target ?? '');
    return i18n.t(`core:budget.modality_${b.period}`, { modality });
  }
  return i18n.t(`core:budget.scene_${b.period}`, { scene: sceneLabel(b.target ?? '') });
}

/** A warning from core in the interface language; amounts in the user's currency. */
export function wordWarning(w: Warning, money: Money, sceneLabel: SceneLabel = asWords): string {
  switch (w.kind) {
    case 'budget_soft':
      return i18n.t('core:budget.soft', { budget: budgetPhrase(w, sceneLabel), limit: money(w.limitMicros), spent: money(w.spentMicros) });
    case 'budget_hard':
      return i18n.t(`core:budget.hard_${w.period}`, { budget: budgetPhrase(w, sceneLabel), limit: money(w.limitMicros), left: money(w.leftMicros), cost: money(w.costMicros) });
    case 'price_unknown':
      return i18n.t('core:priceUnknown');
    case 'model_status':
      return [modelStatusSentence(w.model, w.status, w.deprecated, w.retired), w.replacement ? i18n.t('core:model.prefer', { model: w.replacement }) : null].filter(Boolean).join(sentenceGap());
    case 'size_experimental':
      return i18n.t('core:sizeExperimental', { model: w.model });
    case 'transparent_preview':
      return i18n.t('core:transparentPreview', { model: w.model });
    default:
      return (w as { message?: string }).message ?? '';
  }
}

/** Chinese sentences end in a full-width stop and need no space between them. */
const sentenceGap = () => (i18n.language.startsWith('zh') ? '' : ' ');

function modelStatusSentence(model: string, status: 'deprecated' | 'retired', deprecated: string | null, retired: string | null): string {
  if (status === 'retired') return i18n.t('core:model.retired', { model, date: retired ? isoDay(retired) : '' });
  if (retired) return i18n.t('core:model.retiresOn', { model, date: isoDay(retired) });
  if (deprecated) return i18n.t('core:model.deprecatedOn', { model, date: isoDay(deprecated) });
  return i18n.t('core:model.deprecatedUndated', { model });
}

/** What the studio's model picker says about an image model: its status, then what it can't do. */
export function imageModelHelp(spec: ImageModelSpec, today: string): string | undefined {
  const status = imageModelStatus(spec, today);
  const parts: string[] = [];
  if (status !== 'current') {
    parts.push(modelStatusSentence(spec.id, status, spec.deprecated, spec.retired));
    if (spec.replacement) parts.push(i18n.t('core:model.prefer', { model: spec.replacement }));
  }
  if (spec.sizes.kind === 'free') {
    const px = spec.sizes.experimentalAbovePixels;
    const experimental = px === 2560 * 1440 ? '2560 × 1440' : `${Math.round(px / 1e6)} MP`;
    parts.push(i18n.t('core:model.freeSizes', { multiple: spec.sizes.multiple, experimental }));
  }
  if (spec.transparentPreview) parts.push(i18n.t('core:model.transparentPreview'));
  if (spec.edits === null) parts.push(i18n.t('core:model.noEdits'));
  if (spec.maxN === 1) parts.push(i18n.t('core:model.oneImage'));
  if (spec.edits?.squarePngOnly) parts.push(i18n.t('core:model.squareEdits'));
  return parts.length ? parts.join(sentenceGap()) : undefined;
}
