import { Trans, useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { KeyboardShortcut } from '../../components/KeyboardShortcut';
import { MOD_LABEL } from '../../lib/platform';
import { useScreenMeta } from '../shell/useScreenMeta';
import { useNavigation } from '../../stores/shell/navigation';
import { useProviders } from '../../stores/settings/providers';
import { useSettings } from '../../stores/settings/settings';
import { PageHeader } from '../shell/PageHeader';
import { FirstMessageComposer } from './FirstMessageComposer';
import { startConversation } from './startConversation';
import { SetUpProviderButton } from '../shell/SetUpProviderButton';
import { providerLabel } from '../../lib/format';

/** No provider and nothing to read yet: the one thing to do is connect one. */
export function NoProviderState() {
  const meta = useScreenMeta('chat');
  const { t } = useTranslation('chat');
  return (
    <>
      <PageHeader title={meta.title} description={meta.description} />
      <Card label={t('empty.providerCard')}>
        <EmptyState
          icon="chat"
          title={t('empty.providerTitle')}
          description={t('empty.providerText')}
          actions={
            <SetUpProviderButton />
          }
        />
      </Card>
    </>
  );
}

/** Which model new conversations use unless a scene or the conversation picks another. */
function DefaultModelLine() {
  const ref = useSettings((s) => s.settings?.defaults.text ?? null);
  const providerView = useProviders((s) => s.providers.find((p) => p.id === ref?.providerId));
  const provider = providerView ? providerLabel(providerView) : undefined;
  const navigate = useNavigation((s) => s.navigate);
  const { t } = useTranslation('chat');
  if (!ref) {
    return (
      <p className="model-line muted">
        <Trans t={t} i18nKey="empty.noDefault" components={{ link: <button type="button" className="link-button" onClick={() => navigate('settings', 'defaults')} /> }} />
      </p>
    );
  }
  return (
    <p className="model-line">
      <Icon name="zap" size={13} />
      <span>
        <Trans t={t} i18nKey="empty.willUse" values={{ model: ref.model }} components={{ strong: <strong /> }} />
        {provider && <span className="muted">{t('empty.fromProvider', { provider })}</span>}
      </span>
    </p>
  );
}

/** Provider ready, no conversations yet. */
export function NoConversationsState() {
  const { t } = useTranslation('chat');
  return (
    <div className="chat-pane chat-pane--empty">
      <EmptyState
        icon="chat"
        title={t('empty.title')}
        description={t('empty.text')}
        actions={
          <Button variant="primary" icon={<Icon name="plus" />} onClick={() => void startConversation()}>
            {t('empty.start')}
          </Button>
        }
      >
        <FirstMessageComposer />
        <DefaultModelLine />
        <p className="muted">
          <Trans t={t} i18nKey="empty.orPress" components={{ keys: <KeyboardShortcut keys={[MOD_LABEL, 'N']} /> }} />
        </p>
      </EmptyState>
    </div>
  );
}
