import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Callout } from '../../../components/Callout';
import { ErrorCallout } from '../../../components/ErrorCallout';
import { useChatConversation } from '../../../stores/chat/conversation';
import { sceneById, useChatScenes } from '../../../stores/chat/scenes';
import { useProviders } from '../../../stores/settings/providers';
import { Composer } from '../composer/Composer';
import { MessageList } from '../messages/MessageList';
import { BranchReturnNotice } from './BranchReturnNotice';
import { ConversationHeader } from './ConversationHeader';
import { EmptyConversation } from './EmptyConversation';
import { PaneSkeleton } from './PaneSkeleton';
import { SetUpProviderButton } from '../../shell/SetUpProviderButton';
import { sceneLabel } from '../../../lib/builtins';

function NoProviderNotice() {
  const { t } = useTranslation('chat');
  return (
    <Callout
      tone="warning"
      title={t('pane.noProviderTitle')}
      actions={
        <SetUpProviderButton size="sm" />
      }
    >
      {t('pane.noProviderText')}
    </Callout>
  );
}

/** The open conversation: header, messages (or a starting point) and the composer. */
export function ConversationPane() {
  const openId = useChatConversation((s) => s.openId);
  const loading = useChatConversation((s) => s.loading);
  const loadError = useChatConversation((s) => s.loadError);
  const empty = useChatConversation((s) => s.messages.length === 0);
  const open = useChatConversation((s) => s.open);
  const sceneId = useChatConversation((s) => s.conversation?.sceneId ?? null);
  const scene = useChatScenes((s) => sceneById(s.scenes, sceneId));
  const sceneName = scene ? sceneLabel(scene) : undefined;
  const noProvider = useProviders((s) => s.loaded && s.providers.length === 0);
  const { t } = useTranslation('chat');
  if (!openId) return <section className="chat-pane" aria-label={t('pane.label')} />;
  return (
    <section className="chat-pane" aria-label={t('pane.label')}>
      <ConversationHeader />
      <BranchReturnNotice />
      {loadError ? (
        <div className="chat-pane__error">
          <ErrorCallout error={loadError} actions={<Button size="sm" onClick={() => void open(openId)}>{t('pane.tryAgain')}</Button>} />
        </div>
      ) : loading ? (
        <PaneSkeleton />
      ) : empty ? (
        <EmptyConversation />
      ) : (
        <MessageList />
      )}
      <div className="chat-pane__composer">
        {noProvider && <NoProviderNotice />}
        <Composer conversationId={openId} placeholder={sceneName ? t('editor.placeholderScene', { scene: sceneName }) : t('editor.placeholder')} />
      </div>
    </section>
  );
}
