import type { CheckItem } from '../../../../shared/contract';
import { i18n } from '../../i18n';
import { formatList } from '../../i18n/format';

/** One compliance-check item in the interface language, from what it found (older checks: core's English). */
export function checkText(item: CheckItem): string {
  const f = item.facts;
  if (!f) return item.detail;
  switch (f.kind) {
    case 'moderation':
      return f.flagged.length ? i18n.t('studio:check.items.moderationFlagged', { categories: formatList(f.flagged) }) : i18n.t('studio:check.items.moderationClear');
    case 'blocked_words':
      if (f.outcome === 'clear') return i18n.t('studio:check.items.blockedClear', { brand: f.brand });
      return i18n.t(f.outcome === 'matched' ? 'studio:check.items.blockedMatched' : 'studio:check.items.blockedTimedOut', { brand: f.brand, word: f.word ?? '' });
    case 'format':
      return i18n.t('studio:check.items.format', { brand: f.brand, required: f.required, actual: f.actual });
    case 'size':
      return i18n.t('studio:check.items.size', { brand: f.brand, minWidth: f.minWidth, minHeight: f.minHeight, width: f.width, height: f.height });
    case 'transparent_background':
      return item.passed ? i18n.t('studio:check.items.transparent') : i18n.t('studio:check.items.notTransparent', { brand: f.brand });
  }
}
