import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useNavigation } from '../../stores/shell/navigation';
import { useProviders } from '../../stores/settings/providers';
import { useUsage } from '../../stores/usage/usage';
import { SetUpProviderButton } from '../shell/SetUpProviderButton';

/** Nothing in the ledger for this period: say so, and point at the next step. */
export function UsageEmpty() {
  const { t } = useTranslation('usage');
  const navigate = useNavigation((s) => s.navigate);
  const noProvider = useProviders((s) => s.loaded && s.providers.length === 0);
  const preset = useUsage((s) => s.preset);
  const setPreset = useUsage((s) => s.setPreset);
  const actions = noProvider ? (
    <SetUpProviderButton />
  ) : (
    <>
      {preset !== '30d' && <Button onClick={() => setPreset('30d')}>{t('empty.last30')}</Button>}
      <Button variant="primary" icon={<Icon name="chat" />} onClick={() => navigate('chat')}>
        {t('empty.goChat')}
      </Button>
    </>
  );
  return (
    <Card label={t('empty.label')}>
      <EmptyState
        icon="chart"
        title={t('empty.title')}
        description={
          noProvider
            ? t('empty.noProvider')
            : t('empty.description')
        }
        actions={actions}
      />
    </Card>
  );
}
