import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { KeyboardShortcut } from '../../components/KeyboardShortcut';
import { MOD_LABEL } from '../../lib/platform';
import { useScreenMeta } from '../shell/useScreenMeta';
import { useNavigation } from '../../stores/navigation';
import { useProviders } from '../../stores/providers';
import { useSettings } from '../../stores/settings';
import { PageHeader } from '../shell/PageHeader';
import { FirstMessageComposer } from './FirstMessageComposer';
import { startConversation } from './startConversation';
import { SetUpProviderButton } from '../shell/SetUpProviderButton';

/** No provider and nothing to read yet: the one thing to do is connect one. */
export function NoProviderState() {
  const meta = useScreenMeta('chat');
  return (
    <>
      <PageHeader title={meta.title} description={meta.description} />
      <Card label="Connect a provider to chat">
        <EmptyState
          icon="chat"
          title="Connect a provider to start chatting"
          description="Atelier sends your messages to the AI provider you choose and keeps every conversation on this machine. Setting one up takes a minute."
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
  const provider = useProviders((s) => s.providers.find((p) => p.id === ref?.providerId)?.name);
  const navigate = useNavigation((s) => s.navigate);
  if (!ref) {
    return (
      <p className="model-line muted">
        No default chat model yet —{' '}
        <button type="button" className="link-button" onClick={() => navigate('settings', 'defaults')}>
          choose one
        </button>
      </p>
    );
  }
  return (
    <p className="model-line">
      <Icon name="zap" size={13} />
      <span>
        Will use <strong>{ref.model}</strong>
        {provider && <span className="muted"> from {provider}</span>}
      </span>
    </p>
  );
}

/** Provider ready, no conversations yet. */
export function NoConversationsState() {
  return (
    <div className="chat-pane chat-pane--empty">
      <EmptyState
        icon="chat"
        title="No conversations yet"
        description="Start one and it is saved on this machine as you go — every answer, every version, and what it cost."
        actions={
          <Button variant="primary" icon={<Icon name="plus" />} onClick={() => void startConversation()}>
            Start a conversation
          </Button>
        }
      >
        <FirstMessageComposer />
        <DefaultModelLine />
        <p className="muted">
          Or press <KeyboardShortcut keys={[MOD_LABEL, 'N']} /> any time.
        </p>
      </EmptyState>
    </div>
  );
}
