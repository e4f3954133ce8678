import { useChatConversation } from '../../../stores/chatConversation';

const CHOICES = [null, 2, 4, 10, 20, 50] as const;

/** "Send last N messages" / all: how much history goes with each request (fewer = cheaper). */
export function HistoryLimitSelect() {
  const limit = useChatConversation((s) => s.conversation?.historyLimit ?? null);
  const update = useChatConversation((s) => s.update);
  const options: (number | null)[] = [...CHOICES];
  if (limit !== null && !options.includes(limit)) options.push(limit);
  return (
    <select
      className="select chat-select"
      aria-label="History sent with each message"
      title="How many earlier messages are sent with each new one"
      value={limit === null ? 'all' : String(limit)}
      onChange={(e) => void update({ historyLimit: e.target.value === 'all' ? null : Number(e.target.value) }, 'Could not change the history limit')}
    >
      {options.map((n) => (
        <option key={n ?? 'all'} value={n === null ? 'all' : String(n)}>
          {n === null ? 'Send all messages' : `Send last ${n} messages`}
        </option>
      ))}
    </select>
  );
}
