import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessageView } from '../../../../../shared/contract';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { useChatComposer } from '../../../stores/chat/composer';
import { cx } from '../../../lib/cx';
import { CopyButton } from '../markdown/CopyButton';
import { BranchSwitcher } from './BranchSwitcher';
import { isLongMessage } from './collapse';
import { SentAttachments } from './SentAttachments';

/** The user's own message: plain text as typed (never Markdown-rendered), with edit and copy. */
export function UserMessage({ message, editing }: { message: ChatMessageView; editing: boolean }) {
  const startEdit = useChatComposer((s) => s.startEdit);
  const { t } = useTranslation('chat');
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  const long = isLongMessage(message.content);
  return (
    <div className="message__user">
      <div className="message__bubble">
        <SentAttachments attachments={message.attachments} />
        {message.content && (
          <p id={textId} className={cx('message__text', long && !expanded && 'is-collapsed')} data-testid="user-text">
            {message.content}
          </p>
        )}
        {long && (
          <button type="button" className="link-button message__more" aria-expanded={expanded} aria-controls={textId} onClick={() => setExpanded((e) => !e)}>
            {expanded ? t('message.showLess') : t('message.showMore')}
          </button>
        )}
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
