import { useTranslation } from 'react-i18next';
import type { ChatAttachment } from '../../../../../shared/contract';
import { mediaUrl } from '../../../api';
import { Icon } from '../../../components/Icon';
import { useChatComposer } from '../../../stores/chat/composer';
import { formatBytes } from '../format';

/** Files sent with a message: images as thumbnails (served from the data folder), other files as name chips. */
export function SentAttachments({ attachments }: { attachments: ChatAttachment[] }) {
  const previews = useChatComposer((s) => s.previews);
  const { t } = useTranslation('chat');
  if (attachments.length === 0) return null;
  return (
    <ul className="sent-attachments" aria-label={t('attachments.sent')}>
      {attachments.map((a) => {
        const preview = a.kind === 'image' ? previews[a.hash] ?? mediaUrl('attachment', a.hash) : undefined;
        return (
          <li key={a.hash} className="sent-attachment" title={`${a.name} · ${formatBytes(a.bytes)}`}>
            {preview ? (
              <img src={preview} alt={a.name} className="sent-attachment__thumb" />
            ) : (
              <>
                <Icon name={a.kind === 'image' ? 'image' : 'file'} size={14} />
                <span className="sent-attachment__name">{a.name}</span>
                <span className="sent-attachment__size">{formatBytes(a.bytes)}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
