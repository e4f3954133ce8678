import { memo } from 'react';
import type { ChatMessageView } from '../../../../../shared/contract';
import { cx } from '../../../lib/cx';
import { AssistantMessage } from './AssistantMessage';
import { UserMessage } from './UserMessage';

export interface MessageItemProps {
  message: ChatMessageView;
  structured: boolean;
  highlighted: boolean;
  editing: boolean;
}

/** One row of the conversation; memoised so a streaming reply never re-renders its neighbours. */
export const MessageItem = memo(function MessageItem({ message, structured, highlighted, editing }: MessageItemProps) {
  if (message.role === 'system') return null;
  const label = message.role === 'user' ? 'You' : 'Assistant';
  return (
    <article
      className={cx('message', `message--${message.role}`, highlighted && 'is-highlighted', editing && 'is-editing')}
      aria-label={label}
      data-message-id={message.id}
      data-role={message.role}
      data-status={message.status}
      data-highlighted={highlighted || undefined}
    >
      {message.role === 'user' ? <UserMessage message={message} editing={editing} /> : <AssistantMessage message={message} structured={structured} />}
    </article>
  );
});
