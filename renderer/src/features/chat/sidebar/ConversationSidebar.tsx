import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { KeyboardShortcut } from '../../../components/KeyboardShortcut';
import { Skeleton } from '../../../components/Skeleton';
import { MOD_LABEL } from '../../../lib/platform';
import { useChatList, visibleConversations } from '../../../stores/chat/list';
import { useChatSearch } from '../../../stores/chat/search';
import { importConversation } from '../../../stores/chat/transfer';
import { startConversation } from '../startConversation';
import { ConversationList } from './ConversationList';
import { SidebarFilters } from './SidebarFilters';

/** Conversations exported as JSON or Markdown import back. */
const IMPORT_ACCEPT = '.json,.md,.markdown,application/json,text/markdown';

function ListSkeleton() {
  const { t } = useTranslation('chat');
  return (
    <div className="conversation-list conversation-list--loading" aria-busy="true" aria-label={t('sidebar.loading')}>
      {Array.from({ length: 7 }, (_, i) => (
        <div key={i} className="conversation-skeleton">
          <Skeleton width={`${70 - (i % 3) * 12}%`} height={12} />
          <Skeleton width="40%" height={10} />
        </div>
      ))}
    </div>
  );
}

/** The Chat screen's own sidebar: new, import, search, filters and the conversation list. */
export function ConversationSidebar() {
  const { items, archived, view, filter, folder, loaded } = useChatList(useShallow((s) => ({ items: s.items, archived: s.archived, view: s.view, filter: s.filter, folder: s.folder, loaded: s.loaded })));
  const visible = useMemo(() => visibleConversations({ items, archived, view, filter, folder }), [items, archived, view, filter, folder]);
  const showSearch = useChatSearch((s) => s.show);
  const fileRef = useRef<HTMLInputElement>(null);
  const { t } = useTranslation('chat');
  return (
    <aside className="chat-sidebar" aria-label={t('sidebar.label')}>
      <div className="chat-sidebar__header">
        <h1 className="chat-sidebar__title">{t('sidebar.title')}</h1>
        <Button variant="ghost" size="sm" aria-label={t('transfer.importLabel')} title={t('transfer.importTitle')} icon={<Icon name="upload" size={15} />} onClick={() => fileRef.current?.click()}>
          {t('transfer.import')}
        </Button>
        <Button variant="primary" size="sm" icon={<Icon name="plus" size={14} />} onClick={() => void startConversation()} title={t('sidebar.newChatTitle', { keys: `${MOD_LABEL}+N` })}>
          {t('sidebar.newChat')}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept={IMPORT_ACCEPT}
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importConversation(file);
          }}
        />
      </div>
      <button type="button" className="chat-search-button" onClick={showSearch}>
        <Icon name="search" size={14} />
        <span>{t('sidebar.search')}</span>
        <KeyboardShortcut keys={[MOD_LABEL, 'K']} />
      </button>
      <SidebarFilters />
      {!loaded ? (
        <ListSkeleton />
      ) : visible.length === 0 ? (
        <p className="chat-sidebar__empty">{filter || folder ? t('sidebar.noMatch') : view === 'archived' ? t('sidebar.noArchived') : view === 'pinned' ? t('sidebar.noPinned') : t('sidebar.none')}</p>
      ) : (
        <ConversationList items={visible} />
      )}
    </aside>
  );
}
