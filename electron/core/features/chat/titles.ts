/**
 * Conversation titles. A new conversation is named after its first message at once (cut at a word, never
 * mid-word); after the first reply a fast, cheap model names it from that first exchange, in the
 * language the user wrote in. A title the user set is never replaced: only the placeholder or the
 * provisional title is.
 */
import crypto from 'node:crypto';
import type { ModelRef } from '../../../../shared/contract';
import type { ChatMessage } from '../../pipeline/operations/chat';
import type { ChatContext } from './context';

export const NEW_TITLE = 'New conversation';
/** The provisional title's length, in characters. */
export const PROVISIONAL_CHARS = 60;
/** The longest title a model's answer is cut to. */
export const MAX_TITLE_CHARS = 80;
/** Billed under this name in Usage (a task, not a chat scene). */
export const TITLE_SCENE = 'conversation_title';
/** The cheapest chat models first: the one the provider has is used for titles. */
export const TITLE_MODELS = ['gpt-5-nano', 'gpt-4.1-nano', 'gpt-4o-mini', 'gpt-5-mini', 'gpt-4.1-mini'] as const;
/** How much of each side of the first exchange the title model reads. */
const EXCERPT_CHARS = 2000;

/** The first message as a title: one line, cut at the last word boundary within the limit, with "…". */
export function provisionalTitle(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line.length <= PROVISIONAL_CHARS) return line;
  const cut = line.slice(0, PROVISIONAL_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  // Text without spaces (Chinese, a URL) is cut at the limit; otherwise at the last whole word.
  const head = space >= PROVISIONAL_CHARS / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,.;:!?，。；：！？、-]+$/u, '')}…`;
}

/** Whether a title may be replaced automatically: it is the placeholder or the provisional one, not the user's own. */
export function mayRetitle(current: string, firstMessage: string): boolean {
  return current === NEW_TITLE || current === provisionalTitle(firstMessage);
}

/** A model's answer as a title: one line, no quotes, label or closing full stop; null when nothing usable is left. */
export function cleanTitle(raw: string): string | null {
  let t = raw.trim().split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  t = t.replace(/^\s*(#+\s*)?(title|标题)\s*[:：]\s*/iu, '');
  const marks = /^[\s"'“”‘’«»「」『』*_`]+|[\s"'“”‘’«»「」『』*_`.。]+$/gu;
  t = t.replace(marks, '').replace(marks, '').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  return t.length > MAX_TITLE_CHARS ? `${t.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…` : t;
}

/** The cheapest title model the provider lists, or the model that replied. */
export function titleModel(providerModels: readonly string[], replyModel: string): string {
  return TITLE_MODELS.find((m) => providerModels.includes(m)) ?? replyModel;
}

/** Marks the request for the simulator and for logs; the model is told the same in the system message. */
export const TITLE_REQUEST = 'Write a short title for the conversation below.';

export function titleMessages(question: string, reply: string): ChatMessage[] {
  return [
    {
      role: 'system',
      content:
        'You name conversations. Answer with a title of at most six words that says what the conversation is about, in the same language as the user’s message (Chinese for Chinese, English for English, and so on). No quotes, no label, no full stop.',
    },
    { role: 'user', content: `${TITLE_REQUEST}\n\n<user>\n${question.slice(0, EXCERPT_CHARS)}\n</user>\n\n<assistant>\n${reply.slice(0, EXCERPT_CHARS)}\n</assistant>` },
  ];
}

/** Names conversations after their first reply, when the setting is on. */
export function createTitler(ctx: ChatContext) {
  const { messages, conversations, events, stack } = ctx;
  return {
    /** After a reply completed: if it answered the conversation's first message, ask for a title (in the background). */
    afterReply(conversationId: string, assistantId: string, target: ModelRef): Promise<void> | null {
      if (!ctx.settings.get().autoTitles) return null;
      const path = messages.path(assistantId);
      const [question, reply] = path;
      if (path.length !== 2 || question?.role !== 'user' || !reply || !question.content.trim() || !reply.content.trim()) return null;
      const before = conversations.get(conversationId);
      if (!before || !mayRetitle(before.title, question.content)) return null;
      const model = titleModel(ctx.providerModels?.(target.providerId) ?? [], target.model);
      return stack.pipeline
        .run(stack.operations.chat, {
          scene: TITLE_SCENE,
          modality: 'text',
          providerId: target.providerId,
          model,
          requestId: crypto.randomUUID(),
          priority: 'batch',
          input: { messages: titleMessages(question.content, reply.content), stream: false },
        })
        .then((r) => {
          const title = cleanTitle(r.output.text);
          // Read again: the user may have renamed it while the title was being written.
          const now = conversations.get(conversationId);
          if (!title || !now || !mayRetitle(now.title, question.content)) return;
          conversations.update({ ...now, title });
          events.emit('data.changed', { topic: 'chat' });
        })
        // A title is a nicety: a refused or failed request leaves the provisional one (the ledger has the failure).
        .catch(() => undefined);
    },
  };
}
export type Titler = ReturnType<typeof createTitler>;
