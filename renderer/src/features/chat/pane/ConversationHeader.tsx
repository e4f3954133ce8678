import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/Badge';
import { Menu } from '../../../components/Menu';
import { useMoney } from '../../../stores/chatCurrency';
import { useChatComposer } from '../../../stores/chatComposer';
import { deleteConversation, useChatConversation } from '../../../stores/chatConversation';
import { exportConversation } from '../../../stores/chatTransfer';
import { ConversationDetailsDialog } from '../sidebar/ConversationDetailsDialog';
import { downloadFile } from '../../../lib/download';
import { inUseLabel } from '../modelInUse';
import { ModelPicker } from '../ModelPicker';
import { HistoryLimitSelect } from './HistoryLimitSelect';
import { SceneControl } from './SceneControl';

/** Title, running cost, and the conversation's scene, model and history settings. */
export function ConversationHeader() {
  const conversation = useChatConversation((s) => s.conversation);
  const update = useChatConversation((s) => s.update);
  const money = useMoney();
  const baseModel = useChatComposer((s) => s.baseModel);
  const { t } = useTranslation('chat');
  const [details, setDetails] = useState(false);
  if (!conversation) return <header className="conversation-header" />;
  const save = async (format: 'markdown' | 'json') => {
    const file = await exportConversation(conversation.id, format);
    if (file) downloadFile(file);
  };
  const model = conversation.providerId && conversation.model ? { providerId: conversation.providerId, model: conversation.model } : null;
  return (
    <header className="conversation-header">
      <div className="conversation-header__top">
        <h2 className="conversation-header__title" title={conversation.title}>
          {conversation.title}
        </h2>
        <Badge title="What this conversation has cost so far, all versions included">
          <span data-testid="conversation-cost">Total {money(conversation.costMicros)}</span>
        </Badge>
        <Menu
          label="Conversation actions"
          items={[
            { label: 'Rename, folder and tags…', icon: 'edit', onSelect: () => setDetails(true) },
            { label: 'Export as Markdown', icon: 'download', onSelect: () => void save('markdown') },
            { label: 'Export as JSON', icon: 'download', onSelect: () => void save('json') },
            { label: 'Delete conversation', icon: 'trash', danger: true, onSelect: () => void deleteConversation(conversation) },
          ]}
        />
      </div>
      <div className="conversation-header__toolbar" role="toolbar" aria-label="Conversation settings">
        <SceneControl />
        <ModelPicker label="Conversation model" value={model} onChange={(ref) => void update({ model: ref }, 'Could not change the model')} emptyLabel={inUseLabel(t, baseModel, 'scene')} />
        <HistoryLimitSelect />
      </div>
      {details && <ConversationDetailsDialog conversation={conversation} onClose={() => setDetails(false)} />}
    </header>
  );
}
