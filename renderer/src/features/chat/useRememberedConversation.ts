import { useEffect } from 'react';
import { useChatConversation } from '../../stores/chat/conversation';
import { useChatList } from '../../stores/chat/list';

const KEY = 'atelier.chat.open';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * Something is always open when there is something to open: the conversation open last time, else
 * the newest (also after the open one was deleted, or a deletion was undone).
 */
export function useRememberedConversation(): void {
  const loaded = useChatList((s) => s.loaded);
  const firstId = useChatList((s) => s.items[0]?.id ?? null);
  const openId = useChatConversation((s) => s.openId);

  useEffect(() => {
    if (!loaded || openId || !firstId) return;
    const last = remembered();
    const target = useChatList.getState().items.find((c) => c.id === last)?.id ?? firstId;
    void useChatConversation.getState().open(target);
  }, [loaded, openId, firstId]);

  useEffect(() => {
    if (!openId) return;
    try {
      window.localStorage.setItem(KEY, openId);
    } catch {
      // Not remembered across restarts then; nothing else depends on it.
    }
  }, [openId]);
}
