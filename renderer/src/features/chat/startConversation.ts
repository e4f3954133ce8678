import { useChatConversation } from '../../stores/chat/conversation';
import { useChatList } from '../../stores/chat/list';

/**
 * Ctrl/Cmd+N and "New chat": reuses the open conversation when it is still empty, so pressing it
 * twice does not leave blank conversations behind.
 */
export async function startConversation(sceneId?: string | null): Promise<void> {
  const conv = useChatConversation.getState();
  if (conv.openId && !conv.loading && conv.messages.length === 0 && !sceneId) {
    document.querySelector<HTMLElement>('.composer__input')?.focus();
    return;
  }
  const created = await useChatList.getState().create(sceneId);
  if (created) await useChatConversation.getState().open(created.id);
}
