import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { SetUpProviderButton } from '../shell/SetUpProviderButton';

/** Nothing can be transcribed before a provider is connected: say so and lead to Settings. */
export function NoProvider() {
  const { t } = useTranslation('transcription');
  return (
    <div className="tx-empty">
      <Card label={t('screen.noProviderCard')}>
        <EmptyState
          icon="waveform"
          title={t('screen.noProviderTitle')}
          description={t('screen.noProviderText')}
          actions={
            <SetUpProviderButton />
          }
        />
      </Card>
    </div>
  );
}
