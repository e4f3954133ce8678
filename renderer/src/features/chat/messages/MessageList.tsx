import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useChatComposer } from '../../../stores/chat/composer';
import { useChatConversation } from '../../../stores/chat/conversation';
import { sceneById, useChatScenes } from '../../../stores/chat/scenes';
import { warmUpMarkdownWhenLoaded } from '../markdown/richMarkdown';
import { MessageItem } from './MessageItem';
import { useFollowBottom } from './useFollowBottom';

const HIGHLIGHT_MS = 2400;

/**
 * The active branch, virtualised with measured row heights so 10,000 messages scroll like ten. It
 * follows the end while a reply streams unless the user has scrolled up.
 */
export function MessageList() {
  const messages = useChatConversation((s) => s.messages);
  const openId = useChatConversation((s) => s.openId);
  const highlightId = useChatConversation((s) => s.highlightId);
  const clearHighlight = useChatConversation((s) => s.clearHighlight);
  const sceneId = useChatConversation((s) => s.conversation?.sceneId ?? null);
  const structured = useChatScenes((s) => Boolean(sceneById(s.scenes, sceneId)?.jsonSchema));
  const editingId = useChatComposer((s) => (s.editing?.conversationId === openId ? s.editing.messageId : null));
  const { t } = useTranslation('chat');
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const { follow, release } = useFollowBottom(scrollRef, contentRef);
  useEffect(warmUpMarkdownWhenLoaded, []);

  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 140,
    overscan: 6,
    getItemKey: (i) => messages[i]?.id ?? i,
    useFlushSync: false,
  });

  // A newly opened conversation starts at its end; so does a send from this window.
  const lastId = messages.at(-1)?.id;
  const lastRole = messages.at(-1)?.role;
  // Deliberately keyed on the conversation and the newest reply only, not on every change to the list.
  useLayoutEffect(() => {
    if (useChatConversation.getState().highlightId) return;
    if (messages.length) virtualizer.scrollToIndex(messages.length - 1, { align: 'end' });
    follow();
  }, [openId, lastRole === 'assistant' ? lastId : null]);

  useEffect(() => {
    if (!highlightId) return;
    const index = messages.findIndex((m) => m.id === highlightId);
    if (index < 0) return;
    release();
    virtualizer.scrollToIndex(index, { align: 'center' });
    const timer = setTimeout(clearHighlight, HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlightId, messages, virtualizer, release, clearHighlight]);

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className="message-list" tabIndex={0} aria-label={t('message.list')} role="log" aria-live="off">
      <div ref={contentRef} className="message-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        <div className="message-list__rows" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
          {items.map((row) => {
            const message = messages[row.index]!;
            return (
              <div key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="message-list__row">
                <MessageItem message={message} structured={structured} highlighted={message.id === highlightId} editing={message.id === editingId} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
