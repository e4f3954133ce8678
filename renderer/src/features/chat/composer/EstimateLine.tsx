import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';
import { formatNumber } from '../../../i18n/format';
import { useMoney } from '../../../stores/chat/currency';
import { useChatComposer } from '../../../stores/chat/composer';
import { useChatConversation } from '../../../stores/chat/conversation';
import { likelyMicros, typicalReplyTokens } from './likelyCost';

/** The pre-flight estimate of the next send: the likely cost first, the cap second ("≈ $0.0002 · max $0.04"). */
export function EstimateLine() {
  const estimate = useChatComposer((s) => s.estimate);
  const error = useChatComposer((s) => s.estimateError);
  const replyTokens = useChatConversation((s) => typicalReplyTokens(s.messages));
  const money = useMoney();
  const { t } = useTranslation('chat');
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
  const cost =
    likely !== null && estimate.maxMicros !== null ? t('composer.cost', { likely: money(likely), max: money(estimate.maxMicros) }) : t('composer.priceUnknown', { model: estimate.model });
  const title = t('composer.estimateTitle', { model: estimate.model, input: formatNumber(estimate.inputTokens), reply: formatNumber(replyTokens), max: formatNumber(estimate.maxOutputTokens) });
  return (
    <span
      className="estimate"
      data-testid="estimate"
      data-tokens={estimate.inputTokens}
      data-likely={likely ?? undefined}
      title={estimate.minMicros !== null ? `${title} ${t('composer.withoutReply', { cost: money(estimate.minMicros) })}` : title}
    >
      {t('composer.tokensIn', { tokens: formatNumber(estimate.inputTokens) })} · {cost}
    </span>
  );
}

/** "N earlier messages not sent", when the history limit leaves some out. */
export function TrimmedNotice({ onShowAll }: { onShowAll: () => void }) {
  const trimmed = useChatComposer((s) => s.estimate?.trimmedMessages ?? 0);
  const { t } = useTranslation('chat');
  if (trimmed <= 0) return null;
  return (
    <p className="composer__trimmed" data-testid="trimmed-notice">
      <Icon name="history" size={12} />
      {t('editor.trimmed', { count: trimmed })}
      <button type="button" className="link-button" onClick={onShowAll}>
        {t('editor.sendAll')}
      </button>
    </p>
  );
}
