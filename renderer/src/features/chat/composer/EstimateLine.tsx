import { Icon } from '../../../components/Icon';
import { useMoney } from '../../../stores/chatCurrency';
import { useChatComposer } from '../../../stores/chatComposer';
import { useChatConversation } from '../../../stores/chatConversation';
import { formatTokens } from '../format';
import { likelyMicros, typicalReplyTokens } from './likelyCost';

/** The pre-flight estimate of the next send: the likely cost first, the cap second ("≈ $0.0002 · max $0.04"). */
export function EstimateLine() {
  const estimate = useChatComposer((s) => s.estimate);
  const error = useChatComposer((s) => s.estimateError);
  const replyTokens = useChatConversation((s) => typicalReplyTokens(s.messages));
  const money = useMoney();
  if (error) {
    return (
      <span className="estimate estimate--error" data-testid="estimate" title={error.hint}>
        <Icon name="alertCircle" size={12} />
        {error.message}
      </span>
    );
  }
  if (!estimate) return <span className="estimate" data-testid="estimate" aria-hidden="true" />;
  const likely = likelyMicros(estimate, replyTokens);
  const cost = likely !== null && estimate.maxMicros !== null ? `≈ ${money(likely)} · max ${money(estimate.maxMicros)}` : `price of ${estimate.model} unknown`;
  return (
    <span
      className="estimate"
      data-testid="estimate"
      data-tokens={estimate.inputTokens}
      data-likely={likely ?? undefined}
      title={`Sent to ${estimate.model}: about ${formatTokens(estimate.inputTokens)} input tokens. Likely cost assumes a reply of about ${formatTokens(replyTokens)} tokens; the most it can cost is with a reply of ${formatTokens(estimate.maxOutputTokens)} tokens.${estimate.minMicros !== null ? ` Without any reply: ${money(estimate.minMicros)}.` : ''}`}
    >
      {formatTokens(estimate.inputTokens)} tokens in · {cost}
    </span>
  );
}

/** "N earlier messages not sent", when the history limit leaves some out. */
export function TrimmedNotice({ onShowAll }: { onShowAll: () => void }) {
  const trimmed = useChatComposer((s) => s.estimate?.trimmedMessages ?? 0);
  if (trimmed <= 0) return null;
  return (
    <p className="composer__trimmed" data-testid="trimmed-notice">
      <Icon name="history" size={12} />
      {trimmed === 1 ? '1 earlier message not sent' : `${formatTokens(trimmed)} earlier messages not sent`} (history limit).
      <button type="button" className="link-button" onClick={onShowAll}>
        Send all
      </button>
    </p>
  );
}
