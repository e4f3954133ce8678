import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/Badge';
import { Menu } from '../../../components/Menu';
import { useMoney } from '../../../stores/chat/currency';
import { useChatComposer } from '../../../stores/chat/composer';
import { deleteConversation, useChatConversation } from '../../../stores/chat/conversation';
import { exportConversation } from '../../../stores/chat/transfer';
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
        <Badge title={t('pane.totalTitle')}>
          <span data-testid="conversation-cost">{t('pane.total', { amount: money(conversation.costMicros) })}</span>
        </Badge>
        <Menu
          label={t('pane.actions')}
          items={[
            { label: t('pane.details'), icon: 'edit', onSelect: () => setDetails(true) },
            { label: t('pane.exportMarkdown'), icon: 'download', onSelect: () => void save('markdown') },
            { label: t('pane.exportJson'), icon: 'download', onSelect: () => void save('json') },
            { label: t('pane.delete'), icon: 'trash', danger: true, onSelect: () => void deleteConversation(conversation) },
          ]}
        />
      </div>
      <div className="conversation-header__toolbar" role="toolbar" aria-label={t('pane.settings')}>
        <SceneControl />
        <ModelPicker label={t('pane.model')} value={model} onChange={(ref) => void update({ model: ref }, t('pane.changeModelFailed'))} emptyLabel={inUseLabel(t, baseModel, 'scene')} />
        <HistoryLimitSelect />
      </div>
      {details && <ConversationDetailsDialog conversation={conversation} onClose={() => setDetails(false)} />}
    </header>
  );
}
