import { useTranslation } from 'react-i18next';
import type { ChatMessageView } from '../../../../../shared/contract';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { useChatComposer } from '../../../stores/chat/composer';
import { useChatConversation } from '../../../stores/chat/conversation';
import { CopyButton } from '../markdown/CopyButton';
import { ReplyMarkdown } from '../markdown/ReplyMarkdown';
import { StructuredOutput } from '../StructuredOutput';
import { parseStructured, repliedWithSchema } from '../structured';
import { BranchSwitcher } from './BranchSwitcher';
import { MessageMeta } from './MessageMeta';
import { MessageStatus } from './MessageStatus';
import { useMessageText } from './useMessageText';

function Body({ message, text, structured }: { message: ChatMessageView; text: string; structured: boolean }) {
  const streaming = message.status === 'streaming';
  const { t } = useTranslation('chat');
  if (streaming && text === '') {
    return (
      <div className="message__thinking" aria-label={t('message.waiting')}>
        <span />
        <span />
        <span />
      </div>
    );
  }
  const parsed = structured && !streaming ? parseStructured(text) : null;
  if (parsed) return <StructuredOutput value={parsed.value} table={parsed.table} />;
  return text ? <ReplyMarkdown text={text} streaming={streaming} /> : null;
}

/** A model's reply: rendered Markdown (or a table for structured output), status, cost and actions. */
export function AssistantMessage({ message, structured }: { message: ChatMessageView; structured: boolean }) {
  const text = useMessageText(message);
  const regenerate = useChatConversation((s) => s.regenerate);
  const override = useChatComposer((s) => s.override);
  const again = () => void regenerate(message.id, override ?? undefined);
  const streaming = message.status === 'streaming';
  const { t } = useTranslation('chat');
  return (
    <div className="message__assistant">
      <div className="message__avatar" aria-hidden="true">
        <Icon name="sparkles" size={14} />
      </div>
      <div className="message__content">
        <div className={streaming ? 'message__body is-streaming' : 'message__body'}>
          <Body message={message} text={text} structured={repliedWithSchema(message, structured)} />
        </div>
        <MessageStatus message={message} onRegenerate={again} />
        {!streaming && (
          <div className="message__footer">
            <MessageMeta message={message} />
            <div className="message__actions">
              <CopyButton text={() => text} label={t('message.copyReply')} />
              {message.status === 'complete' && <Button variant="ghost" size="sm" icon={<Icon name="refresh" size={13} />} aria-label={t('message.regenerate')} title={t('message.regenerate')} onClick={again} />}
              <BranchSwitcher messageId={message.id} siblings={message.siblings} />
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
