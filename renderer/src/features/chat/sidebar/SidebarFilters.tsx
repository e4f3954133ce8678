import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { Icon } from '../../../components/Icon';
import { foldersOf, useChatList, type ListView } from '../../../stores/chat/list';

const VIEWS = ['all', 'pinned', 'archived'] as const satisfies readonly ListView[];

/** Title/tag filter, All · Pinned · Archived, and a folder picker when folders exist. */
export function SidebarFilters() {
  const view = useChatList((s) => s.view);
  const filter = useChatList((s) => s.filter);
  const folder = useChatList((s) => s.folder);
  const items = useChatList((s) => s.items);
  const { setView, setFilter, setFolder } = useChatList.getState();
  const folders = useMemo(() => foldersOf(items), [items]);
  const { t } = useTranslation('chat');
  const views = VIEWS.map((value) => ({ value, label: t(`sidebar.views.${value}`) }));
  return (
    <div className="chat-sidebar__filters">
      <div className="chat-filter">
        <Icon name="search" size={13} className="chat-filter__icon" />
        <input className="input chat-filter__input" type="search" placeholder={t('sidebar.filter')} aria-label={t('sidebar.filterLabel')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <ChoiceGroup label={t('sidebar.show')} hideLabel options={views} value={view} onChange={setView} />
      {folders.length > 0 && (
        <select className="select chat-select" aria-label={t('sidebar.folder')} value={folder ?? ''} onChange={(e) => setFolder(e.target.value || null)}>
          <option value="">{t('sidebar.allFolders')}</option>
          {folders.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
