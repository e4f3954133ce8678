import { useTranslation } from 'react-i18next';
import type { ChatAttachment } from '../../../../../shared/contract';
import { imageInputTokens } from '../../../../../shared/pricing';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { Spinner } from '../../../components/Spinner';
import { useChatComposer, type ComposerAttachment } from '../../../stores/chat/composer';
import { formatBytes, formatTokens } from '../format';

/** An image's input tokens for the model the next send goes to (the stored figure is for gpt-4o). */
function tokensFor(a: ChatAttachment, model: string | undefined): number {
  if (a.kind !== 'image' || !model || !a.width || !a.height) return a.tokens;
  return imageInputTokens(model, a.width, a.height, 'auto') ?? a.tokens;
}

function Chip({ item, onRemove }: { item: ComposerAttachment; onRemove: () => void }) {
  const preview = useChatComposer((s) => (item.attachment ? s.previews[item.attachment.hash] : undefined));
  const model = useChatComposer((s) => s.estimate?.model);
  const a = item.attachment;
  const { t } = useTranslation('chat');
  const tokens = formatTokens(a ? tokensFor(a, model) : 0);
  const size = formatBytes(item.bytes);
  return (
    <li className="attachment-chip" data-status={item.status} aria-label={item.status === 'uploading' ? t('attachments.uploading', { name: item.name }) : item.name}>
      <span className="attachment-chip__thumb">
        {item.status === 'uploading' ? <Spinner size="sm" /> : preview ? <img src={preview} alt="" /> : <Icon name={item.kind === 'image' ? 'image' : 'file'} size={16} />}
      </span>
      <span className="attachment-chip__text">
        <span className="attachment-chip__name">{item.name}</span>
        <span className="attachment-chip__detail">
          {item.status === 'uploading' ? t('attachments.preparing') : a?.width && a.height ? t('attachments.detailSized', { size, width: a.width, height: a.height, tokens }) : t('attachments.detail', { size, tokens })}
        </span>
      </span>
      <Button variant="ghost" size="sm" iconOnly aria-label={t('attachments.remove', { name: item.name })} icon={<Icon name="x" size={12} />} onClick={onRemove} />
    </li>
  );
}

/** Files waiting to be sent with the message. */
export function AttachmentChips({ conversationId, items }: { conversationId: string; items: ComposerAttachment[] }) {
  const remove = useChatComposer((s) => s.removeAttachment);
  const { t } = useTranslation('chat');
  if (items.length === 0) return null;
  return (
    <ul className="attachment-chips" aria-label={t('attachments.toSend')}>
      {items.map((item) => (
        <Chip key={item.key} item={item} onRemove={() => remove(conversationId, item.key)} />
      ))}
    </ul>
  );
}
