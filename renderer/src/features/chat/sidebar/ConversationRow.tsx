import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../../../shared/contract';
import { Icon } from '../../../components/Icon';
import { Menu, type MenuItem } from '../../../components/Menu';
import { cx } from '../../../lib/cx';
import { deleteConversation, useChatConversation } from '../../../stores/chat/conversation';
import { useChatList } from '../../../stores/chat/list';
import { shortWhen } from '../format';
import { ConversationDetailsDialog } from './ConversationDetailsDialog';

/** One conversation in the sidebar: title, when, folder and tags, and its actions. */
export const ConversationRow = memo(function ConversationRow({ conversation: c, active, index }: { conversation: ConversationSummary; active: boolean; index: number }) {
  const open = useChatConversation((s) => s.open);
  const update = useChatList((s) => s.update);
  const [details, setDetails] = useState(false);
  const { t } = useTranslation('chat');
  const items: MenuItem[] = [
    { label: t('sidebar.rename'), icon: 'edit', onSelect: () => setDetails(true) },
    { label: c.pinned ? t('sidebar.unpin') : t('sidebar.pin'), icon: 'pin', onSelect: () => void update(c.id, { pinned: !c.pinned }, c.pinned ? t('sidebar.unpinFailed') : t('sidebar.pinFailed')) },
    { label: c.archived ? t('sidebar.unarchive') : t('sidebar.archive'), icon: 'archive', onSelect: () => void update(c.id, { archived: !c.archived }, t('sidebar.archiveFailed')) },
    { label: t('sidebar.delete'), icon: 'trash', danger: true, onSelect: () => void deleteConversation(c) },
  ];
  return (
    <div className={cx('conversation-row', active && 'is-active')} data-conversation-id={c.id}>
      <button type="button" className="conversation-row__main" data-index={index} aria-current={active ? 'true' : undefined} onClick={() => void open(c.id)}>
        <span className="conversation-row__title">
          {c.pinned && <Icon name="pin" size={12} className="conversation-row__pin" label={t('sidebar.pinned')} />}
          <span className="conversation-row__text">{c.title}</span>
        </span>
        <span className="conversation-row__detail">
          <span>{shortWhen(c.updatedAt)}</span>
          {c.folder && (
            <span className="conversation-row__folder">
              <Icon name="folder" size={11} />
              {c.folder}
            </span>
          )}
          {c.tags.slice(0, 2).map((tag) => (
            <span key={tag} className="conversation-row__tag">
              #{tag}
            </span>
          ))}
        </span>
      </button>
      <Menu label={t('sidebar.actionsFor', { title: c.title })} items={items} className="conversation-row__menu" />
      {details && <ConversationDetailsDialog conversation={c} onClose={() => setDetails(false)} />}
    </div>
  );
});
