import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { useApp } from '../../stores/shell/app';
import { useOnboarding } from '../../stores/onboarding/onboarding';
import { useProviders } from '../../stores/settings/providers';
import { DefaultsSummary } from './DefaultsSummary';

/** Shown when OPENAI_API_KEY / OPENAI_BASE_URL already provide a provider (for example `npm run demo`). */
export function EnvironmentStep() {
  const { t } = useTranslation(['onboarding', 'common']);
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
        <Callout title={t('environment.demoTitle')} icon="flask">
          {t('environment.demo')}
        </Callout>
      )}
      <div className="env-summary">
        <p className="mono muted">{env?.baseUrl}</p>
        {busy && (
          <p className="connection connection--pending" role="status">
            <Spinner size="sm" /> {t('environment.checking')}
          </p>
        )}
        {connected && !busy && (
          <p className="connection connection--ok" role="status">
            <Icon name="checkCircle" size={15} />{' '}
            {t('environment.connected', { ms: connected.report.latencyMs, models: t('common:count.models', { count: connected.report.modelCount }) })}
          </p>
        )}
      </div>
      {error && <ErrorCallout error={error} actions={<Button size="sm" onClick={() => void check()}>{t('environment.tryAgain')}</Button>} />}
      {connected && (
        <div>
          <p className="onboarding__subhead">{t('defaults.heading')}</p>
          <DefaultsSummary />
        </div>
      )}
      <div className="onboarding__actions">
        <Button onClick={back}>{t('environment.addOwn')}</Button>
        <span className="onboarding__status" />
        <Button variant="primary" data-autofocus onClick={() => void close()} icon={<Icon name="arrowRight" size={14} />}>
          {t('environment.continue')}
        </Button>
      </div>
    </div>
  );
}
