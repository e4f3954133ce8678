import { Button } from '../../../components/Button';
import { Callout } from '../../../components/Callout';
import { ErrorCallout } from '../../../components/ErrorCallout';
import { useChatConversation } from '../../../stores/chatConversation';
import { sceneById, useChatScenes } from '../../../stores/chatScenes';
import { useProviders } from '../../../stores/providers';
import { Composer } from '../composer/Composer';
import { MessageList } from '../messages/MessageList';
import { BranchReturnNotice } from './BranchReturnNotice';
import { ConversationHeader } from './ConversationHeader';
import { EmptyConversation } from './EmptyConversation';
import { PaneSkeleton } from './PaneSkeleton';
import { SetUpProviderButton } from '../../shell/SetUpProviderButton';

function NoProviderNotice() {
  return (
    <Callout
      tone="warning"
      title="No AI provider is set up"
      actions={
        <SetUpProviderButton size="sm" />
      }
    >
      Your conversations are here to read and search; connect a provider to send new messages.
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
  const sceneLabel = useChatScenes((s) => sceneById(s.scenes, sceneId)?.label);
  const noProvider = useProviders((s) => s.loaded && s.providers.length === 0);
  if (!openId) return <section className="chat-pane" aria-label="Conversation" />;
  return (
    <section className="chat-pane" aria-label="Conversation">
      <ConversationHeader />
      <BranchReturnNotice />
      {loadError ? (
        <div className="chat-pane__error">
          <ErrorCallout error={loadError} actions={<Button size="sm" onClick={() => void open(openId)}>Try again</Button>} />
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
        <Composer conversationId={openId} placeholder={`Message${sceneLabel ? ` · ${sceneLabel}` : ''} — Enter to send, Shift+Enter for a new line`} />
      </div>
    </section>
  );
}
