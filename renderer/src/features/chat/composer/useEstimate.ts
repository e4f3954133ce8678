import { useEffect } from 'react';
import { useChatComposer, type Draft } from '../../../stores/chat/composer';
import { useChatConversation } from '../../../stores/chat/conversation';

/** Asks for a new estimate (debounced in the store) whenever anything that changes the next send changes. */
export function useEstimate(conversationId: string, draft: Draft): void {
  const requestEstimate = useChatComposer((s) => s.requestEstimate);
  const override = useChatComposer((s) => s.override);
  const editing = useChatComposer((s) => s.editing?.messageId ?? null);
  const conversation = useChatConversation((s) => s.conversation);
  const messageCount = useChatConversation((s) => s.messages.length);
  const hashes = draft.attachments.map((a) => a.attachment?.hash ?? a.key).join(',');
  const model = conversation?.model ?? '';
  useEffect(() => {
    requestEstimate(conversationId);
  }, [requestEstimate, conversationId, draft.text, hashes, override, editing, messageCount, conversation?.historyLimit, conversation?.sceneId, model]);
}
