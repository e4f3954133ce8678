import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Switch } from '../../components/Switch';
import { usePipeline } from '../../stores/settings/pipeline';

/** The request log's one choice: whether prompt text goes into it. */
export function LoggingCard({ logPrompts }: { logPrompts: boolean }) {
  const { t } = useTranslation('settings');
  const applyNow = usePipeline((s) => s.applyNow);
  return (
    <Card title={t('logging.title')} description={t('logging.description')}>
      <Switch
        label={t('logging.label')}
        description={
          <>
            {t('logging.helpBefore')} <code>logs/requests.log</code> {t('logging.helpAfter')}
          </>
        }
        checked={logPrompts}
        onChange={(v) => void applyNow({ logPrompts: v }, v ? t('logging.startFailed') : t('logging.stopFailed'))}
      />
    </Card>
  );
}
