import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useOnboarding } from '../../stores/onboarding/onboarding';
import { DefaultsSummary } from './DefaultsSummary';

export function SuccessStep() {
  const { t } = useTranslation(['onboarding', 'common']);
  const connected = useOnboarding((s) => s.connected);
  const close = useOnboarding((s) => s.close);
  return (
    <div className="stack">
      <div className="onboarding-success" role="status">
        <span className="onboarding-success__icon" aria-hidden="true">
          <Icon name="check" size={22} />
        </span>
        <div>
          <p className="onboarding-success__title">{t('success.connected', { name: connected?.name ?? t('success.yourProvider') })}</p>
          {connected && (
            <p className="muted">
              {t('success.answered', { ms: connected.report.latencyMs, models: t('common:count.models', { count: connected.report.modelCount }) })}
            </p>
          )}
        </div>
      </div>
      <div>
        <p className="onboarding__subhead">{t('defaults.heading')}</p>
        <DefaultsSummary />
      </div>
      <div className="onboarding__actions">
        <span className="onboarding__status">{t('success.later')}</span>
        <Button variant="primary" data-autofocus onClick={() => void close()} icon={<Icon name="arrowRight" size={14} />}>
          {t('success.start')}
        </Button>
      </div>
    </div>
  );
}
