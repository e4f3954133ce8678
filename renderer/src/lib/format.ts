import { ENV_PROVIDER_NAMES, type KeyView, type ProviderView } from '../../../shared/contract';
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

/** A provider's name; the one read from the environment is named in the interface language. */
export function providerLabel(p: Pick<ProviderView, 'name' | 'fromEnvironment'>): string {
  if (!p.fromEnvironment) return p.name;
  const key = (Object.keys(ENV_PROVIDER_NAMES) as (keyof typeof ENV_PROVIDER_NAMES)[]).find((k) => ENV_PROVIDER_NAMES[k] === p.name);
  return key ? i18n.t(`common:environmentProvider.${key}`) : p.name;
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
