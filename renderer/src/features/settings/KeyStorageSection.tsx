import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/Badge';
import { Callout } from '../../components/Callout';
import { Card } from '../../components/Card';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { Skeleton } from '../../components/Skeleton';
import { useVault } from '../../stores/settings/vault';

export function KeyStorageSection() {
  const { t } = useTranslation('settings');
  const status = useVault((s) => s.status);
  const loadError = useVault((s) => s.loadError);
  return (
    <Section title={t('keys.title')} description={t('keys.description')}>
      {loadError && !status && <ErrorCallout error={loadError} />}
      {!status && !loadError && <Skeleton height={88} />}
      {status && (
        <>
          {status.weak ? (
            <Callout tone="warning" title={t('keys.weakTitle')} icon="shieldAlert">
              {status.warning ?? t('keys.weakFallback')}
            </Callout>
          ) : (
            <Callout tone="success" title={t('keys.strongTitle')} icon="shield">
              {t('keys.strongBody')}
            </Callout>
          )}
          <Card>
            <div className="vault-row">
              <div className={`vault-row__icon ${status.weak ? 'is-weak' : ''}`} aria-hidden="true">
                <Icon name={status.weak ? 'shieldAlert' : 'shield'} size={20} />
              </div>
              <div className="vault-row__text">
                <p className="vault-row__label">{status.label}</p>
                <p className="muted">{t('keys.storedHere')}</p>
              </div>
              <Badge tone={status.weak ? 'warning' : 'success'}>{status.weak ? t('keys.weak') : t('keys.protected')}</Badge>
            </div>
          </Card>
        </>
      )}
    </Section>
  );
}
