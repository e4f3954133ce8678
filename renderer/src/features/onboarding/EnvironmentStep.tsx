import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { plural } from '../../lib/format';
import { useApp } from '../../stores/app';
import { useOnboarding } from '../../stores/onboarding';
import { useProviders } from '../../stores/providers';
import { DefaultsSummary } from './DefaultsSummary';

/** Shown when OPENAI_API_KEY / OPENAI_BASE_URL already provide a provider (for example `npm run demo`). */
export function EnvironmentStep() {
  const env = useProviders((s) => s.providers.find((p) => p.fromEnvironment));
  const simulator = useApp((s) => s.info?.simulator ?? false);
  const busy = useOnboarding((s) => s.busy);
  const error = useOnboarding((s) => s.error);
  const connected = useOnboarding((s) => s.connected);
  const check = useOnboarding((s) => s.checkEnvironment);
  const close = useOnboarding((s) => s.close);
  const back = useOnboarding((s) => s.back);

  useEffect(() => {
    void check();
  }, [check]);

  return (
    <div className="stack">
      {simulator && (
        <Callout title="Demo mode" icon="flask">
          Answers come from a local simulator, not a real model. Nothing is sent to the internet and nothing costs money.
        </Callout>
      )}
      <div className="env-summary">
        <p className="mono muted">{env?.baseUrl}</p>
        {busy && (
          <p className="connection connection--pending" role="status">
            <Spinner size="sm" /> Checking the connection…
          </p>
        )}
        {connected && !busy && (
          <p className="connection connection--ok" role="status">
            <Icon name="checkCircle" size={15} /> Connected in {connected.report.latencyMs} ms · {plural(connected.report.modelCount, 'model')} available
          </p>
        )}
      </div>
      {error && <ErrorCallout error={error} actions={<Button size="sm" onClick={() => void check()}>Try again</Button>} />}
      {connected && (
        <div>
          <p className="onboarding__subhead">Default models</p>
          <DefaultsSummary />
        </div>
      )}
      <div className="onboarding__actions">
        <Button onClick={back}>Add my own provider</Button>
        <span className="onboarding__status" />
        <Button variant="primary" onClick={() => void close()} icon={<Icon name="arrowRight" size={14} />}>
          Continue
        </Button>
      </div>
    </div>
  );
}
