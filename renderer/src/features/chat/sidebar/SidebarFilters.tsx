import { useMemo } from 'react';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { Icon } from '../../../components/Icon';
import { foldersOf, useChatList, type ListView } from '../../../stores/chatList';

const VIEWS = [
  { value: 'all', label: 'All' },
  { value: 'pinned', label: 'Pinned' },
  { value: 'archived', label: 'Archived' },
] as const satisfies readonly { value: ListView; label: string }[];

/** Title/tag filter, All · Pinned · Archived, and a folder picker when folders exist. */
export function SidebarFilters() {
  const view = useChatList((s) => s.view);
  const filter = useChatList((s) => s.filter);
  const folder = useChatList((s) => s.folder);
  const items = useChatList((s) => s.items);
  const { setView, setFilter, setFolder } = useChatList.getState();
  const folders = useMemo(() => foldersOf(items), [items]);
  return (
    <div className="chat-sidebar__filters">
      <div className="chat-filter">
        <Icon name="search" size={13} className="chat-filter__icon" />
        <input className="input chat-filter__input" type="search" placeholder="Filter by title or tag" aria-label="Filter conversations" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <ChoiceGroup label="Show" hideLabel options={VIEWS} value={view} onChange={setView} />
      {folders.length > 0 && (
        <select className="select chat-select" aria-label="Folder" value={folder ?? ''} onChange={(e) => setFolder(e.target.value || null)}>
          <option value="">All folders</option>
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
