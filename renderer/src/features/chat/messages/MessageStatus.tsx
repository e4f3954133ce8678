import { useTranslation } from 'react-i18next';
import type { ChatMessageView } from '../../../../../shared/contract';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { usefulHint } from '../../../lib/errors';
import { errorText, localizeError } from '../../../i18n/errors';

/** Marks a reply that did not finish, says why in plain words, and offers to try again. */
export function MessageStatus({ message, onRegenerate }: { message: ChatMessageView; onRegenerate: () => void }) {
  const { t } = useTranslation('chat');
  if (message.status !== 'interrupted' && message.status !== 'cancelled' && message.status !== 'error') return null;
  const fallback = message.status === 'cancelled' ? t('message.stoppedText') : t('message.unfinishedText');
  const text = errorText(message.error) ?? fallback;
  const hint = message.error ? usefulHint(localizeError(message.error)) : null;
  return (
    <div className={`message-status message-status--${message.status}`} role={message.status === 'error' ? 'alert' : 'note'}>
      <Icon name={message.status === 'cancelled' ? 'stop' : 'alertCircle'} size={14} className="message-status__icon" />
      <div className="message-status__text">
        <p>
          <strong>{t(`message.status.${message.status}`)}</strong> — {text}
        </p>
        {hint && <p className="message-status__hint">{hint}</p>}
      </div>
      <Button size="sm" icon={<Icon name="refresh" size={13} />} onClick={onRegenerate}>
        {t('message.regenerate')}
      </Button>
    </div>
  );
}
