import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { Spinner } from '../../../components/Spinner';
import { useChatComposer, type ComposerAttachment } from '../../../stores/chatComposer';
import { formatBytes, formatTokens } from '../format';

function Chip({ item, onRemove }: { item: ComposerAttachment; onRemove: () => void }) {
  const preview = useChatComposer((s) => (item.attachment ? s.previews[item.attachment.hash] : undefined));
  const a = item.attachment;
  return (
    <li className="attachment-chip" data-status={item.status} aria-label={`${item.name}${item.status === 'uploading' ? ' (uploading)' : ''}`}>
      <span className="attachment-chip__thumb">
        {item.status === 'uploading' ? <Spinner size="sm" /> : preview ? <img src={preview} alt="" /> : <Icon name={item.kind === 'image' ? 'image' : 'file'} size={16} />}
      </span>
      <span className="attachment-chip__text">
        <span className="attachment-chip__name">{item.name}</span>
        <span className="attachment-chip__detail">
          {item.status === 'uploading' ? 'Preparing…' : `${formatBytes(item.bytes)}${a?.width && a.height ? ` · ${a.width}×${a.height}` : ''} · ≈ ${formatTokens(a?.tokens ?? 0)} tokens`}
        </span>
      </span>
      <Button variant="ghost" size="sm" iconOnly aria-label={`Remove ${item.name}`} icon={<Icon name="x" size={12} />} onClick={onRemove} />
    </li>
  );
}

/** Files waiting to be sent with the message. */
export function AttachmentChips({ conversationId, items }: { conversationId: string; items: ComposerAttachment[] }) {
  const remove = useChatComposer((s) => s.removeAttachment);
  if (items.length === 0) return null;
  return (
    <ul className="attachment-chips" aria-label="Attachments to send">
      {items.map((item) => (
        <Chip key={item.key} item={item} onRemove={() => remove(conversationId, item.key)} />
      ))}
    </ul>
  );
}
