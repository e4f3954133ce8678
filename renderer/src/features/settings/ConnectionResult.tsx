import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { plural } from '../../lib/format';
import { useProviders } from '../../stores/providers';

/** The outcome of the last connection test or model refresh on a provider card. */
export function ConnectionResult({ id }: { id: string }) {
  const activity = useProviders((s) => s.activity[id]);
  if (!activity) return null;
  if (activity.testing)
    return (
      <p className="connection connection--pending" role="status">
        <Spinner size="sm" /> Testing the connection…
      </p>
    );
  if (activity.error) return <ErrorCallout error={activity.error} />;
  if (activity.report)
    return (
      <p className="connection connection--ok" role="status">
        <Icon name="checkCircle" size={15} />
        Connected in {activity.report.latencyMs} ms · {plural(activity.report.modelCount, 'model')} available
      </p>
    );
  return null;
}
