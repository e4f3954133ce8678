import { useEffect } from 'react';
import '../../styles/chat.css';
import '../../styles/chat-sidebar.css';
import '../../styles/chat-messages.css';
import '../../styles/chat-message-parts.css';
import '../../styles/chat-markdown.css';
import '../../styles/chat-code.css';
import '../../styles/chat-composer.css';
import '../../styles/chat-overlays.css';
import { useChatConversation } from '../../stores/chat/conversation';
import { useChatList } from '../../stores/chat/list';
import { useProviders } from '../../stores/settings/providers';
import { NoConversationsState, NoProviderState } from './ChatEmptyStates';
import { richMarkdown } from './markdown/richMarkdown';
import { ConversationPane } from './pane/ConversationPane';
import { SearchPalette } from './search/SearchPalette';
import { ConversationSidebar } from './sidebar/ConversationSidebar';
import { useChatShortcuts } from './useChatShortcuts';
import { useRememberedConversation } from './useRememberedConversation';

/** The Chat screen: its own conversation sidebar, the open conversation, and the search palette. */
export function ChatScreen() {
  useChatShortcuts();
  useRememberedConversation();
  const noProvider = useProviders((s) => s.loaded && s.providers.length === 0);
  const listLoaded = useChatList((s) => s.loaded);
  const none = useChatList((s) => s.loaded && s.items.length === 0 && s.archived.length === 0);
  const openId = useChatConversation((s) => s.openId);
  useEffect(() => {
    document.documentElement.classList.add('chat-active');
    return () => document.documentElement.classList.remove('chat-active');
  }, []);
  // Replies' Markdown renderer is a chunk of its own: fetched while the window is idle, before the first reply needs it.
  useEffect(richMarkdown.preloadWhenIdle, []);
  if (noProvider && none) return <NoProviderState />;
  return (
    <div className="chat" data-testid="chat-screen">
      <ConversationSidebar />
      {listLoaded && none && !openId ? <NoConversationsState /> : <ConversationPane />}
      <SearchPalette />
    </div>
  );
}
