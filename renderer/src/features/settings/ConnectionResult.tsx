import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { useProviders } from '../../stores/settings/providers';

/** The outcome of the last connection test or model refresh on a provider card. */
export function ConnectionResult({ id }: { id: string }) {
  const { t } = useTranslation('settings');
  const activity = useProviders((s) => s.activity[id]);
  if (!activity) return null;
  if (activity.testing)
    return (
      <p className="connection connection--pending" role="status">
        <Spinner size="sm" /> {t('providers.testing')}
      </p>
    );
  if (activity.error) return <ErrorCallout error={activity.error} />;
  if (activity.report)
    return (
      <p className="connection connection--ok" role="status">
        <Icon name="checkCircle" size={15} />
        {t('providers.connected', { ms: activity.report.latencyMs, count: activity.report.modelCount })}
      </p>
    );
  return null;
}
