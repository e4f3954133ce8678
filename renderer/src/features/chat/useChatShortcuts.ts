import { useEffect } from 'react';
import { isModalOpen } from '../../components/Modal';
import { hasModKey } from '../../lib/platform';
import { isLive, useChatConversation } from '../../stores/chat/conversation';
import { useChatSearch } from '../../stores/chat/search';
import { startConversation } from './startConversation';

/** Chat's own keys while the screen is shown: Ctrl/Cmd+N new chat, Ctrl/Cmd+K search, Esc stops a reply. */
export function useChatShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      if (hasModKey(e) && !e.shiftKey && !isModalOpen()) {
        const key = e.key.toLowerCase();
        if (key === 'k') {
          e.preventDefault();
          useChatSearch.getState().show();
        } else if (key === 'n') {
          e.preventDefault();
          void startConversation();
        }
        return;
      }
      if (e.key === 'Escape' && !isModalOpen() && useChatConversation.getState().messages.some(isLive)) {
        e.preventDefault();
        void useChatConversation.getState().stop();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
