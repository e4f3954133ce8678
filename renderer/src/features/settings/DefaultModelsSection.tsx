import { useTranslation } from 'react-i18next';
import { MODALITIES } from '../../../../shared/policy';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { Card } from '../../components/Card';
import { Section } from '../../components/Section';
import { Skeleton } from '../../components/Skeleton';
import { Switch } from '../../components/Switch';
import { useNavigation } from '../../stores/shell/navigation';
import { useProviders } from '../../stores/settings/providers';
import { useSettings } from '../../stores/settings/settings';
import { DefaultModelRow } from './DefaultModelRow';

export function DefaultModelsSection() {
  const { t } = useTranslation('settings');
  const providers = useProviders((s) => s.providers);
  const providersLoaded = useProviders((s) => s.loaded);
  const settingsLoaded = useSettings((s) => s.settings !== null);
  const ready = providersLoaded && settingsLoaded;
  const navigate = useNavigation((s) => s.navigate);
  const autoTitles = useSettings((s) => s.settings?.autoTitles ?? true);
  const setAutoTitles = useSettings((s) => s.setAutoTitles);
  return (
    <Section title={t('defaults.title')} description={t('defaults.description')}>
      {!ready ? (
        <Card>
          <div className="stack">
            {MODALITIES.map((m) => (
              <Skeleton key={m} height={32} />
            ))}
          </div>
        </Card>
      ) : providers.length === 0 ? (
        <Callout
          title={t('defaults.addProviderFirst')}
          actions={
            <Button size="sm" variant="primary" onClick={() => navigate('settings', 'providers')}>
              {t('defaults.goToProviders')}
            </Button>
          }
        >
          {t('defaults.chosenFrom')}
        </Callout>
      ) : (
        <Card>
          <div className="default-table">
            <div className="default-row default-row--head" aria-hidden="true">
              <span>{t('defaults.usedFor')}</span>
              <span>{t('defaults.provider')}</span>
              <span>{t('defaults.model')}</span>
            </div>
            {MODALITIES.map((m) => (
              <DefaultModelRow key={m} modality={m} providers={providers} />
            ))}
          </div>
          <Switch className="default-titles" label={t('defaults.autoTitles')} description={t('defaults.autoTitlesHelp')} checked={autoTitles} onChange={(on) => void setAutoTitles(on)} />
        </Card>
      )}
    </Section>
  );
}
