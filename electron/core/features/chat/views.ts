import type { ChatMessageView } from '../../../../shared/contract';
import type { MessageRow, MessagesRepo } from '../../db/repos/messages';

export function toMessageView(row: MessageRow, repo: MessagesRepo): ChatMessageView {
  return {
    id: row.id,
    parentId: row.parentId,
    role: row.role,
    content: row.content,
    attachments: row.attachments,
    status: row.status,
    error: row.error,
    providerId: row.providerId,
    model: row.model,
    inputTokens: row.inputTokens,
    outputTokens: row.outputTokens,
    costMicros: row.costMicros,
    savedMicros: row.savedMicros,
    latencyMs: row.latencyMs,
    cached: row.cached,
    fallback: row.fallback,
    createdAt: row.createdAt,
    producedBy: row.producedBy,
    siblings: repo.siblingsOf(row.parentId, row.conversationId),
  };
}
