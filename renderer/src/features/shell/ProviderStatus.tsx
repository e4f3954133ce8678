import { useTranslation } from 'react-i18next';
import { useProviders } from '../../stores/settings/providers';
import { useNavigation } from '../../stores/shell/navigation';
import { useSettings } from '../../stores/settings/settings';
import { providerLabel } from '../../lib/format';

/** Sidebar footer: which provider answers chat, or a nudge to add one. */
export function ProviderStatus() {
  const loaded = useProviders((s) => s.loaded);
  const count = useProviders((s) => s.providers.length);
  const textDefault = useSettings((s) => s.settings?.defaults.text ?? null);
  const provider = useProviders((s) => s.providers.find((p) => p.id === textDefault?.providerId) ?? s.providers[0]);
  const providerName = provider ? providerLabel(provider) : undefined;
  const navigate = useNavigation((s) => s.navigate);
  const { t } = useTranslation('shell');
  if (!loaded) return <div className="provider-status" />;
  const ready = count > 0;
  const ok = ready && textDefault !== null;
  return (
    <button type="button" className="provider-status" onClick={() => navigate('settings', ready ? 'defaults' : 'providers')}>
      <span className={`status-dot ${ok ? 'status-dot--ok' : 'status-dot--warn'}`} aria-hidden="true" />
      <span className="provider-status__text">
        <span className="provider-status__title">{ready ? providerName : t('provider.none')}</span>
        <span className="provider-status__detail">{ready ? (textDefault ? textDefault.model : t('provider.noDefault')) : t('provider.setUpHint')}</span>
      </span>
    </button>
  );
}
