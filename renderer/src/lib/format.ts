import type { KeyView } from '../../../shared/contract';
import type { Modality } from '../../../shared/policy';
import { i18n } from '../i18n';
import { formatRelative } from '../i18n/format';

/** "•••• 1234" — the only form in which a key ever appears in the interface. */
export function maskedKey(key: KeyView): string {
  return key.configured ? `•••• ${key.last4 ?? ''}`.trim() : i18n.t('common:key.none');
}

export function backendLabel(backend: KeyView['backend']): string {
  return backend ? i18n.t(`common:key.backends.${backend}`) : '';
}

/** The modality's name in the interface language ("Text & chat", "文本与对话" …). */
export function modalityLabel(modality: Modality | string): string {
  return i18n.exists(`common:modalities.${modality}`) ? i18n.t(`common:modalities.${modality as Modality}`) : modality;
}

/** "just now", "5 minutes ago", "3 hours ago", or a date — in the interface language. */
export function relativeTime(iso: string | null, now = Date.now()): string {
  if (!iso) return i18n.t('common:states.never');
  if (Number.isNaN(Date.parse(iso))) return i18n.t('common:states.unknown');
  return formatRelative(iso, now);
}
