import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useChatConversation } from '../../stores/chat/conversation';
import { useChatList } from '../../stores/chat/list';
import { toastError } from '../../stores/shell/toasts';

/** With no conversations yet, the first message can be typed at once: sending it starts the conversation. */
export function FirstMessageComposer() {
  const { t } = useTranslation('chat');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const message = text.trim();
    if (!message || busy) return;
    setBusy(true);
    const created = await useChatList.getState().create();
    if (!created) return setBusy(false);
    await useChatConversation.getState().open(created.id);
    const r = await useChatConversation.getState().send({ text: message, attachments: [] });
    setBusy(false);
    if (!r.ok) toastError(r.error, t('first.couldNotSend'));
  };
  return (
    <form className="first-composer" onSubmit={(e) => void submit(e)}>
      <textarea
        className="first-composer__input"
        aria-label={t('first.label')}
        placeholder={t('first.placeholder')}
        rows={2}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) void submit();
          if (e.key === 'Enter' && !e.shiftKey) e.preventDefault();
        }}
      />
      <Button type="submit" variant="primary" size="sm" icon={<Icon name="arrowUp" size={14} />} disabled={!text.trim() || busy}>
        {t('first.send')}
      </Button>
    </form>
  );
}
