import type { ChatAttachment, MessageStatus, ReplySource } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/errors';
import type { Db } from '../connection';
import type { SearchPlan } from '../fts';
import { createFtsSearch } from './fts-search';

export interface MessageRow {
  id: string;
  conversationId: string;
  parentId: string | null;
  role: 'system' | 'user' | 'assistant';
  content: string;
  attachments: ChatAttachment[];
  status: MessageStatus;
  error: AppError | null;
  providerId: string | null;
  model: string | null;
  requestId: string | null;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  savedMicros: number;
  latencyMs: number | null;
  cached: boolean;
  fallback: boolean;
  seq: number;
  createdAt: string;
  producedBy: ReplySource | null;
}

interface Raw {
  id: string;
  conversation_id: string;
  parent_id: string | null;
  role: MessageRow['role'];
  content: string;
  attachments: string;
  status: MessageStatus;
  error: string | null;
  provider_id: string | null;
  model: string | null;
  request_id: string | null;
  input_tokens: number;
  output_tokens: number;
  cost_micros: number;
  saved_micros: number;
  latency_ms: number | null;
  cached: number;
  fallback: number;
  seq: number;
  created_at: string;
  produced_by: string | null;
}

const toRow = (r: Raw): MessageRow => ({
  id: r.id,
  conversationId: r.conversation_id,
  parentId: r.parent_id,
  role: r.role,
  content: r.content,
  attachments: JSON.parse(r.attachments) as ChatAttachment[],
  status: r.status,
  error: r.error ? (JSON.parse(r.error) as AppError) : null,
  providerId: r.provider_id,
  model: r.model,
  requestId: r.request_id,
  inputTokens: r.input_tokens,
  outputTokens: r.output_tokens,
  costMicros: r.cost_micros,
  savedMicros: r.saved_micros,
  latencyMs: r.latency_ms,
  cached: r.cached === 1,
  fallback: r.fallback === 1,
  seq: r.seq,
  createdAt: r.created_at,
  producedBy: r.produced_by ? (JSON.parse(r.produced_by) as ReplySource) : null,
});

export interface MessageOutcome {
  content: string;
  status: MessageStatus;
  error: AppError | null;
  model: string | null;
  requestId: string | null;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  savedMicros: number;
  latencyMs: number | null;
  cached: boolean;
  fallback: boolean;
}

export interface SearchRow {
  messageId: string;
  conversationId: string;
  conversationTitle: string;
  role: MessageRow['role'];
  createdAt: string;
}



export function createMessagesRepo(db: Db) {
  const get = db.prepare<[string], Raw>('SELECT * FROM messages WHERE id = ?');
  const nextSeq = db.prepare<[string], { seq: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM messages WHERE conversation_id = ?');
  const insert = db.prepare(`
    INSERT INTO messages (id, conversation_id, parent_id, role, content, attachments, status, error, provider_id, model, request_id,
      input_tokens, output_tokens, cost_micros, saved_micros, latency_ms, cached, fallback, seq, created_at, updated_at, produced_by)
    VALUES (@id, @conversationId, @parentId, @role, @content, @attachments, @status, @error, @providerId, @model, @requestId,
      @inputTokens, @outputTokens, @costMicros, @savedMicros, @latencyMs, @cached, @fallback, @seq, @createdAt, @createdAt, @producedBy)`);
  const saveContent = db.prepare('UPDATE messages SET content = ?, updated_at = ? WHERE id = ?');
  const finish = db.prepare(`
    UPDATE messages SET content = @content, status = @status, error = @error, model = @model, request_id = @requestId,
      input_tokens = @inputTokens, output_tokens = @outputTokens, cost_micros = @costMicros, saved_micros = @savedMicros,
      latency_ms = @latencyMs, cached = @cached, fallback = @fallback, updated_at = @now WHERE id = @id`);
  const pathTo = db.prepare<[string], Raw>(`
    WITH RECURSIVE chain(id, depth) AS (SELECT ?, 0 UNION ALL SELECT m.parent_id, chain.depth + 1 FROM messages m JOIN chain ON m.id = chain.id WHERE m.parent_id IS NOT NULL)
    SELECT messages.* FROM chain JOIN messages ON messages.id = chain.id ORDER BY chain.depth DESC`);
  const children = db.prepare<[string], { id: string }>('SELECT id FROM messages WHERE parent_id = ? ORDER BY seq');
  const roots = db.prepare<[string], { id: string }>('SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS NULL ORDER BY seq');
  const newestChild = db.prepare<[string], { id: string }>('SELECT id FROM messages WHERE parent_id = ? ORDER BY seq DESC LIMIT 1');
  const streaming = db.prepare<[], Raw>("SELECT * FROM messages WHERE status = 'streaming'");
  const allOf = db.prepare<[string], Raw>('SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq');
  const search = createFtsSearch<SearchRow>(db, {
    base: 'messages',
    key: 'rowid',
    column: 'content',
    words: 'messages_fts',
    trigrams: 'messages_trigram',
    units: 'messages_units',
    select: 't.id AS messageId, t.conversation_id AS conversationId, c.title AS conversationTitle, t.role AS role, t.created_at AS createdAt',
    joins: ['conversations c ON c.id = t.conversation_id'],
    where: 'c.deleted_at IS NULL',
  });
  const siblingsOf = (parentId: string | null, conversationId: string) =>
    (parentId === null ? roots.all(conversationId) : children.all(parentId)).map((r) => r.id);
  const insertOne = (row: Omit<MessageRow, 'seq'>): MessageRow => {
    const seq = nextSeq.get(row.conversationId)!.seq;
    insert.run({
      ...row,
      seq,
      attachments: JSON.stringify(row.attachments),
      error: row.error ? JSON.stringify(row.error) : null,
      cached: row.cached ? 1 : 0,
      fallback: row.fallback ? 1 : 0,
      producedBy: row.producedBy ? JSON.stringify(row.producedBy) : null,
    });
    return { ...row, seq };
  };
  return {
    get: (id: string) => {
      const r = get.get(id);
      return r ? toRow(r) : undefined;
    },
    insert: insertOne,
    /** Many rows in one transaction (an import): all or none, and one commit instead of one per row. */
    insertMany: db.transaction((rows: Omit<MessageRow, 'seq'>[]) => void rows.forEach(insertOne)),
    /** Saves a streaming reply as far as it got. */
    saveContent: (id: string, content: string) => void saveContent.run(content, new Date().toISOString(), id),
    finish: (id: string, o: MessageOutcome) =>
      void finish.run({ ...o, id, error: o.error ? JSON.stringify(o.error) : null, cached: o.cached ? 1 : 0, fallback: o.fallback ? 1 : 0, now: new Date().toISOString() }),
    /** Root → message, following parent links. */
    path: (id: string) => pathTo.all(id).map(toRow),
    siblingsOf,
    /** The newest leaf below a message: where a branch continues when it is selected. */
    newestLeafUnder(id: string): string {
      let current = id;
      for (let next = newestChild.get(current); next; next = newestChild.get(current)) current = next.id;
      return current;
    },
    streaming: () => streaming.all().map(toRow),
    all: (conversationId: string) => allOf.all(conversationId).map(toRow),
    /** Newest matches first; rows carry their full text for the snippet. */
    search: (plan: SearchPlan, limit: number) => search(plan, limit),
  };
}
export type MessagesRepo = ReturnType<typeof createMessagesRepo>;
