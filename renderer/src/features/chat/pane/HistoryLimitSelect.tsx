import { useTranslation } from 'react-i18next';
import { useChatConversation } from '../../../stores/chat/conversation';

const CHOICES = [null, 2, 4, 10, 20, 50] as const;

/** "Send last N messages" / all: how much history goes with each request (fewer = cheaper). */
export function HistoryLimitSelect() {
  const limit = useChatConversation((s) => s.conversation?.historyLimit ?? null);
  const update = useChatConversation((s) => s.update);
  const { t } = useTranslation('chat');
  const options: (number | null)[] = [...CHOICES];
  if (limit !== null && !options.includes(limit)) options.push(limit);
  return (
    <select
      className="select chat-select"
      aria-label={t('pane.historyLabel')}
      title={t('pane.historyTitle')}
      value={limit === null ? 'all' : String(limit)}
      onChange={(e) => void update({ historyLimit: e.target.value === 'all' ? null : Number(e.target.value) }, t('pane.changeHistoryFailed'))}
    >
      {options.map((n) => (
        <option key={n ?? 'all'} value={n === null ? 'all' : String(n)}>
          {n === null ? t('pane.historyAll') : t('pane.historyLast', { count: n })}
        </option>
      ))}
    </select>
  );
}
