import type { SearchHit } from '../../../../shared/contract';
import { call } from '../../api';
import { useChatConversation } from './conversation';
import { createSearchStore } from '../shell/search';

export { SEARCH_DEBOUNCE_MS } from '../shell/search';

/** The Ctrl/Cmd+K palette: full-text search over every conversation; a hit opens its conversation at the message. */
export const useChatSearch = createSearchStore<SearchHit>(
  (query) => call('chat.search', { query, limit: 50 }),
  (hit) => useChatConversation.getState().jumpTo(hit.messageId, hit.conversationId),
);
