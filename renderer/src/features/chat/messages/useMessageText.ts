import type { ChatMessageView } from '../../../../../shared/contract';
import { useChatStream } from '../../../stores/chat/stream';

/** A message's text: the live stream while it is streaming, else what core saved. */
export function useMessageText(message: ChatMessageView): string {
  const live = useChatStream((s) => (message.status === 'streaming' ? s.text[message.id] : undefined));
  return live ?? message.content;
}
