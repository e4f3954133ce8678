import { useTranslation } from 'react-i18next';
import type { ChatMessageView } from '../../../../../shared/contract';
import { Badge } from '../../../components/Badge';
import { Icon } from '../../../components/Icon';
import { useMoney } from '../../../stores/chat/currency';
import { formatLatency, formatTokens } from '../format';

/** What a reply cost and how it was made: tokens in/out, cost, latency, model, cache and fallback. */
export function MessageMeta({ message }: { message: ChatMessageView }) {
  const money = useMoney();
  const { t } = useTranslation('chat');
  if (message.status === 'streaming') return null;
  const hasUsage = message.inputTokens > 0 || message.outputTokens > 0;
  return (
    <div className="message-meta" data-testid="message-meta">
      {hasUsage && (
        <span title={t('message.tokensTitle')}>{t('message.tokens', { input: formatTokens(message.inputTokens), output: formatTokens(message.outputTokens) })}</span>
      )}
      {(hasUsage || message.costMicros > 0) && <span className="message-meta__cost">{money(message.costMicros)}</span>}
      {message.latencyMs !== null && <span>{formatLatency(message.latencyMs)}</span>}
      {message.model && <span className="message-meta__model">{message.model}</span>}
      {message.cached && (
        <Badge tone="success" title={t('message.cachedTitle')}>
          <Icon name="zap" size={11} />
          {t('message.cached', { amount: money(message.savedMicros) })}
        </Badge>
      )}
      {message.fallback && (
        <Badge tone="warning" title={t('message.fallbackTitle')}>
          {t('message.fallback')}
        </Badge>
      )}
    </div>
  );
}
