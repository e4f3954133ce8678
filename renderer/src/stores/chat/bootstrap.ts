import { subscribe } from '../../api';
import { useApp } from '../shell/app';
import { syncOpenSummary, useChatConversation } from './conversation';
import { useChatCurrency, watchChatCurrency } from './currency';
import { useChatList } from './list';
import { useChatScenes, watchChatScenes } from './scenes';
import { watchChatStream } from './stream';

/** A send raises several 'chat' changes in a row; one re-read covers them. */
const RELOAD_DELAY_MS = 120;

/** Wires the chat stores to core's events, loads them once, and catches up after a reconnect. */
export function watchChat(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reloadList = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void useChatList.getState().load().then(syncOpenSummary), RELOAD_DELAY_MS);
  };
  const loadAll = () => {
    void useChatList.getState().load().then(syncOpenSummary);
    void useChatScenes.getState().load();
    void useChatCurrency.getState().load();
  };
  const offs = [
    watchChatStream(),
    watchChatScenes(),
    watchChatCurrency(),
    subscribe('data.changed', ({ topic }) => {
      if (topic === 'chat') reloadList();
    }),
    subscribe('chat.message', ({ conversationId, message }) => useChatConversation.getState().applyMessage(conversationId, message)),
    // Events sent while the connection was down are lost: re-read, including the open conversation.
    useApp.subscribe((s, prev) => {
      if (s.connection !== 'open' || prev.connection === 'open' || !prev.everConnected) return;
      loadAll();
      const { openId } = useChatConversation.getState();
      if (openId) void useChatConversation.getState().open(openId);
    }),
  ];
  loadAll();
  return () => offs.forEach((off) => off());
}
