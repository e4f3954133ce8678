/** The chat part of the contract: conversations, messages, scenes, attachments and search. */
import { z } from 'zod';
import type { AppError } from '../errors';
import { call, empty, id } from './define';
import type { Warning } from './warnings';

export type MessageStatus = 'complete' | 'streaming' | 'interrupted' | 'error' | 'cancelled';

export interface Scene {
  id: string;
  /** Billing label in the ledger, e.g. customer_service_summary. */
  name: string;
  label: string;
  description: string;
  systemPrompt: string;
  providerId: string | null;
  model: string | null;
  temperature: number | null;
  /** Structured output: replies must follow this schema and are shown as a table. */
  jsonSchema: { name: string; schema: Record<string, unknown> } | null;
  builtin: boolean;
}

export interface ConversationSummary {
  id: string;
  title: string;
  sceneId: string | null;
  providerId: string | null;
  model: string | null;
  folder: string | null;
  tags: string[];
  pinned: boolean;
  archived: boolean;
  /** Keep only the last N messages of history in requests (null = all). */
  historyLimit: number | null;
  costMicros: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChatAttachment {
  /** Content hash of the stored (preprocessed) file. */
  hash: string;
  kind: 'image' | 'text';
  name: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  /** Estimated input tokens for the default model. */
  tokens: number;
}

/** The scene and structured-output schema a reply was made with, kept with the reply. */
export interface ReplySource {
  sceneId: string | null;
  sceneLabel: string | null;
  /** The structured-output schema's name; null when the reply is free text. */
  schemaName: string | null;
}

export interface ChatMessageView {
  id: string;
  parentId: string | null;
  role: 'system' | 'user' | 'assistant';
  content: string;
  attachments: ChatAttachment[];
  status: MessageStatus;
  error: AppError | null;
  providerId: string | null;
  model: string | null;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  savedMicros: number;
  latencyMs: number | null;
  cached: boolean;
  fallback: boolean;
  createdAt: string;
  /** For a reply: the scene and schema that produced it (null for user messages). */
  producedBy: ReplySource | null;
  /** Ids of this message and its siblings (other versions), oldest first. */
  siblings: string[];
}

export interface ConversationView {
  conversation: ConversationSummary;
  /** The active branch, root to leaf. */
  messages: ChatMessageView[];
}

export interface ChatEstimate {
  inputTokens: number;
  maxOutputTokens: number;
  minMicros: number | null;
  maxMicros: number | null;
  priceKnown: boolean;
  /** Messages of history left out by the conversation's history limit. */
  trimmedMessages: number;
  /** Budgets this send would go over: soft caps (it still goes through) and a hard cap's refusal. */
  warnings: Warning[];
  providerId: string;
  model: string;
}

export interface SearchHit {
  conversationId: string;
  conversationTitle: string;
  messageId: string;
  role: 'system' | 'user' | 'assistant';
  /** The snippet as segments; `match` marks the words that matched. Never HTML. */
  snippet: { text: string; match: boolean }[];
  createdAt: string;
}

export interface SendReceipt {
  userMessage: ChatMessageView;
  assistantMessage: ChatMessageView;
  requestId: string;
}

export interface ChatEvents {
  /** A message changed outside a stream delta (finished, failed, stopped); the UI replaces it. */
  'chat.message': { conversationId: string; message: ChatMessageView };
}

/** The longest text one message may carry; longer text is offered as an attached file instead. */
export const MAX_MESSAGE_CHARS = 500_000;
const tooLong = 'That message is too long to send as text; attach it as a file instead.';

const modelChoice = z.object({ providerId: id, model: z.string().trim().min(1).max(200) }).strict();
const title = z.string().trim().min(1, 'Give the conversation a title.').max(200);
const tags = z.array(z.string().trim().min(1).max(40)).max(20);
const hashes = z.array(z.string().regex(/^[a-f0-9]{64}$/)).max(10, 'Attach at most 10 files to one message.');
const jsonSchema = z.object({ name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use letters, digits, _ or - for the schema name.'), schema: z.record(z.string(), z.unknown()) }).strict();

export const chatCalls = {
  /** Conversations for the sidebar, pinned first, newest first. */
  'chat.list': call<ConversationSummary[]>()(
    z.object({ archived: z.boolean().default(false), limit: z.number().int().min(1).max(10_000).default(500), offset: z.number().int().min(0).default(0) }).strict(),
  ),
  /** Start a conversation, optionally with a scene. */
  'chat.create': call<ConversationSummary>()(z.object({ sceneId: id.nullable().optional(), title: title.optional() }).strict()),
  /** Rename, pin, archive, file, tag, or change a conversation's scene, model or history limit. */
  'chat.update': call<ConversationSummary>()(
    z
      .object({
        id,
        title: title.optional(),
        pinned: z.boolean().optional(),
        archived: z.boolean().optional(),
        folder: z.string().trim().max(80).nullable().optional(),
        tags: tags.optional(),
        sceneId: id.nullable().optional(),
        model: modelChoice.nullable().optional(),
        historyLimit: z.number().int().min(1).max(10_000).nullable().optional(),
      })
      .strict(),
  ),
  /** Move a conversation to the trash (restorable with chat.restore until the app next starts a day later). */
  'chat.delete': call<{ id: string }>()(z.object({ id }).strict()),
  /** Undo a delete. */
  'chat.restore': call<ConversationSummary>()(z.object({ id }).strict()),
  /** A conversation with its active branch of messages. */
  'chat.open': call<ConversationView>()(z.object({ id }).strict()),
  /** Send a user message and start streaming the reply (deltas arrive as stream.delta events). */
  'chat.send': call<SendReceipt>()(
    z
      .object({
        conversationId: id,
        text: z.string().max(MAX_MESSAGE_CHARS, tooLong),
        attachments: hashes.default([]),
        /** Edit-and-resend: the new message becomes a sibling of the edited one under this parent. */
        parentId: id.nullable().optional(),
        model: modelChoice.optional(),
      })
      .strict()
      .refine((m) => m.text.trim().length > 0 || m.attachments.length > 0, { message: 'Type a message or attach a file.', path: ['text'] }),
  ),
  /** Ask again for another version of an assistant message. */
  'chat.regenerate': call<SendReceipt>()(z.object({ messageId: id, model: modelChoice.optional() }).strict()),
  /** Stop a streaming reply; what arrived is kept. */
  'chat.stop': call<{ stopped: boolean }>()(z.object({ messageId: id }).strict()),
  /** Show another version (branch) of a message. */
  'chat.selectBranch': call<ConversationView>()(z.object({ messageId: id }).strict()),
  /** Pre-flight estimate of the next send: history + text + attachments. */
  'chat.estimate': call<ChatEstimate>()(
    z.object({ conversationId: id, text: z.string().max(MAX_MESSAGE_CHARS, tooLong), attachments: hashes.default([]), parentId: id.nullable().optional(), model: modelChoice.optional() }).strict(),
  ),
  /** Full-text search across all conversations. */
  'chat.search': call<SearchHit[]>()(z.object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(200).default(50) }).strict()),
  /** A conversation as Markdown or JSON. */
  'chat.export': call<{ filename: string; mime: string; content: string }>()(z.object({ id, format: z.enum(['markdown', 'json']) }).strict()),
  /** Import a conversation exported as JSON or Markdown (the active branch of a Markdown export). */
  'chat.import': call<ConversationSummary>()(z.object({ content: z.string().min(2).max(50_000_000) }).strict()),
  /** Store an attachment (images are rotated upright, stripped of metadata and resized for the model). */
  'attachments.add': call<ChatAttachment>()(
    z
      .object({
        name: z.string().trim().min(1).max(255),
        mime: z.string().max(200),
        dataBase64: z.string().min(1, 'The file is empty.').max(30_000_000, 'That file is larger than 20 MB.'),
        detail: z.enum(['low', 'high', 'auto']).default('auto'),
      })
      .strict(),
  ),
  /** Scene presets: built-in and the user's own. */
  'scenes.list': call<Scene[]>()(empty),
  /** Create or change a scene preset (built-in ones can be edited, not removed). */
  'scenes.save': call<Scene>()(
    z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1).max(80).regex(/^[a-z0-9_]+$/, 'Use lowercase letters, digits and underscores for the billing label.'),
        label: z.string().trim().min(1).max(80),
        description: z.string().trim().max(500).default(''),
        systemPrompt: z.string().max(50_000).default(''),
        providerId: id.nullable().default(null),
        model: z.string().trim().min(1).max(200).nullable().default(null),
        temperature: z.number().min(0).max(2).nullable().default(null),
        jsonSchema: jsonSchema.nullable().default(null),
      })
      .strict(),
  ),
  /** Delete a scene the user made. */
  'scenes.remove': call<{ removed: true }>()(z.object({ id }).strict()),
} as const;
