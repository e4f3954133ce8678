import { useTranslation } from 'react-i18next';
import type { ChatMessageView } from '../../../../../shared/contract';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { useChatComposer } from '../../../stores/chatComposer';
import { CopyButton } from '../markdown/CopyButton';
import { BranchSwitcher } from './BranchSwitcher';
import { SentAttachments } from './SentAttachments';

/** The user's own message: plain text as typed (never Markdown-rendered), with edit and copy. */
export function UserMessage({ message, editing }: { message: ChatMessageView; editing: boolean }) {
  const startEdit = useChatComposer((s) => s.startEdit);
  const { t } = useTranslation('chat');
  return (
    <div className="message__user">
      <div className="message__bubble">
        <SentAttachments attachments={message.attachments} />
        {message.content && <p className="message__text">{message.content}</p>}
      </div>
      <div className="message__actions">
        {editing ? (
          <span className="message__editing">{t('message.editingBelow')}</span>
        ) : (
          <Button variant="ghost" size="sm" icon={<Icon name="edit" size={13} />} aria-label={t('message.edit')} title={t('message.edit')} onClick={() => startEdit(message)} />
        )}
        <CopyButton text={() => message.content} label={t('message.copyMessage')} />
        <BranchSwitcher messageId={message.id} siblings={message.siblings} />
      </div>
    </div>
  );
}
