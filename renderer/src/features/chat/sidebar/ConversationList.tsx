import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../../../shared/contract';
import { useChatConversation } from '../../../stores/chat/conversation';
import { useChatList } from '../../../stores/chat/list';
import { ConversationRow } from './ConversationRow';

const ROW_HEIGHT = 54;

/** The sidebar list, virtualised: only the rows in view exist, so 10,000 conversations cost the same as 20. */
export function ConversationList({ items }: { items: ConversationSummary[] }) {
  const openId = useChatConversation((s) => s.openId);
  const hasMore = useChatList((s) => s.hasMore);
  const loadMore = useChatList((s) => s.loadMore);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { t } = useTranslation('chat');
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (i) => items[i]?.id ?? i,
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const lastVisible = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastVisible >= items.length - 40) void loadMore();
  }, [hasMore, lastVisible, items.length, loadMore]);

  // Arrow keys walk the list; rows outside the window are scrolled in before they get focus.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.index ?? -1);
    const next = Math.max(0, Math.min(items.length - 1, current + (e.key === 'ArrowDown' ? 1 : -1)));
    e.preventDefault();
    const focus = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`);
    virtualizer.scrollToIndex(next);
    if (focus()) focus()!.focus();
    else requestAnimationFrame(() => focus()?.focus());
  };

  return (
    <div ref={scrollRef} className="conversation-list" role="navigation" aria-label={t('sidebar.list')} onKeyDown={onKeyDown} data-count={items.length}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => (
          <div key={row.key} className="conversation-list__row" style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
            <ConversationRow conversation={items[row.index]!} active={items[row.index]!.id === openId} index={row.index} />
          </div>
        ))}
      </div>
    </div>
  );
}
