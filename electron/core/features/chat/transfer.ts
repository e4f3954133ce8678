import crypto from 'node:crypto';
import { z } from 'zod';
import type { ConversationSummary } from '../../../../shared/contract';
import { safeFileName } from '../../../../shared/files';
import { AppFailure } from '../../../../shared/errors';
import type { ConversationRow } from '../../db/repos/conversations';
import type { ChatContext } from './context';
import { summary, type Conversations } from './conversations';
import { fromMarkdown, toMarkdown } from './markdown-transfer';

const FORMAT = 'atelier.conversation';

const attachmentSchema = z.object({
  hash: z.string(), kind: z.enum(['image', 'text']), name: z.string(), mime: z.string(), bytes: z.number(),
  width: z.number().nullable(), height: z.number().nullable(), tokens: z.number(),
});
const messageSchema = z.object({
  id: z.string().min(1),
  parentId: z.string().nullable(),
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
  attachments: z.array(attachmentSchema).default([]),
  status: z.enum(['complete', 'streaming', 'interrupted', 'error', 'cancelled']),
  model: z.string().nullable().default(null),
  inputTokens: z.number().int().min(0).default(0),
  outputTokens: z.number().int().min(0).default(0),
  costMicros: z.number().int().min(0).default(0),
  createdAt: z.string(),
  producedBy: z.object({ sceneId: z.string().nullable(), sceneLabel: z.string().nullable(), schemaName: z.string().nullable() }).nullable().default(null),
});
const exportSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  conversation: z.object({ title: z.string().min(1).max(200), tags: z.array(z.string()).default([]), folder: z.string().nullable().default(null), activeLeafId: z.string().nullable() }),
  messages: z.array(messageSchema).max(200_000),
});


/** Markdown becomes one linear thread; its messages get ids and parents in order. */
function markdownAsExport(content: string): z.infer<typeof exportSchema> | null {
  const md = fromMarkdown(content);
  if (!md) return null;
  const createdAt = new Date().toISOString();
  const messages = md.messages.map((m, i) => ({
    id: `m${i}`, parentId: i === 0 ? null : `m${i - 1}`, ...m, attachments: [], inputTokens: 0, outputTokens: 0, costMicros: 0, createdAt, producedBy: null,
  }));
  return { format: FORMAT, version: 1, conversation: { title: md.title || 'Imported conversation', tags: [], folder: null, activeLeafId: messages.at(-1)?.id ?? null }, messages };
}

/** A JSON export, or Markdown (the app's own export or hand-written "## You" / "## Assistant" sections). */
function parse(content: string): z.infer<typeof exportSchema> {
  if (!content.trimStart().startsWith('{')) {
    const md = markdownAsExport(content);
    if (md) return md;
    throw new AppFailure('invalid_input', 'That Markdown file has no messages to import: Atelier reads sections headed "## You" and "## Assistant", as its own Markdown export writes them.');
  }
  try {
    return exportSchema.parse(JSON.parse(content));
  } catch {
    throw new AppFailure('invalid_input', 'That file is not a conversation exported from Atelier (JSON or Markdown).');
  }
}

export function createTransfer(ctx: ChatContext, convs: Conversations) {
  return {
    export(id: string, format: 'markdown' | 'json'): { filename: string; mime: string; content: string } {
      const c = convs.mustGet(id);
      if (format === 'markdown') {
        const path = c.activeLeafId ? ctx.messages.path(c.activeLeafId) : [];
        return { filename: safeFileName(c.title || 'conversation', 'md'), mime: 'text/markdown', content: toMarkdown(c.title, path, new Date().toISOString().slice(0, 10)) };
      }
      const all = ctx.messages.all(id).map(({ conversationId: _c, requestId: _r, providerId: _p, seq: _s, error: _e, savedMicros: _sv, latencyMs: _l, cached: _ca, fallback: _f, ...m }) => m);
      const body = { format: FORMAT, version: 1, conversation: { title: c.title, tags: c.tags, folder: c.folder, activeLeafId: c.activeLeafId }, messages: all };
      return { filename: safeFileName(c.title, 'json'), mime: 'application/json', content: JSON.stringify(body, null, 2) };
    },
    /** Imports as a new conversation with fresh ids; the whole tree of branches comes along. */
    import(content: string): ConversationSummary {
      const parsed = parse(content);
      const ids = new Map(parsed.messages.map((m) => [m.id, crypto.randomUUID()]));
      const known = (id: string | null) => (id === null ? null : ids.get(id) ?? null);
      const byId = new Map(parsed.messages.map((m) => [m.id, m]));
      if (byId.size !== parsed.messages.length) throw new AppFailure('invalid_input', 'That file lists the same message twice; it was not imported.');
      const order = new Map<string, number>();
      // Parents must be inserted before children: order by depth in the tree. Walked without recursion
      // and with a lookup table, so a long thread (up to the 200,000 messages allowed) imports in linear time.
      const depth = (start: string): number => {
        const chain: string[] = [];
        const onChain = new Set<string>();
        let at: string | null = start;
        let d = -1;
        while (at !== null && byId.has(at)) {
          const known = order.get(at);
          if (known !== undefined) {
            d = known;
            break;
          }
          if (onChain.has(at)) break; // a cycle: the node where it closes counts as a root
          onChain.add(at);
          chain.push(at);
          at = byId.get(at)!.parentId;
        }
        for (let i = chain.length - 1; i >= 0; i--) order.set(chain[i]!, ++d);
        return order.get(start)!;
      };
      const sorted = [...parsed.messages].sort((a, b) => depth(a.id) - depth(b.id));
      const now = new Date().toISOString();
      // The conversation's total is what its replies cost (every version), as when they were sent here.
      const costMicros = parsed.messages.reduce((n, m) => n + m.costMicros, 0);
      const row: ConversationRow = {
        id: crypto.randomUUID(), title: parsed.conversation.title, sceneId: null, providerId: null, model: null, folder: parsed.conversation.folder,
        tags: parsed.conversation.tags, pinned: false, archived: false, historyLimit: null, activeLeafId: null, costMicros, createdAt: now, updatedAt: now,
      };
      ctx.conversations.insert(row);
      ctx.messages.insertMany(
        sorted.map((m) => ({
          // A parent that is not above its child (a cycle in a hand-edited file) is dropped, not left dangling.
          ...m, id: ids.get(m.id)!, conversationId: row.id, parentId: (order.get(m.parentId ?? '') ?? Infinity) < order.get(m.id)! ? known(m.parentId) : null, status: m.status === 'streaming' ? 'interrupted' : m.status,
          // Attachments whose files are not in this data folder are dropped rather than left dangling.
          attachments: m.attachments.filter((a) => ctx.media.describe(a.hash)),
          error: null, providerId: null, requestId: null, savedMicros: 0, latencyMs: null, cached: false, fallback: false,
        })),
      );
      const leaf = known(parsed.conversation.activeLeafId) ?? (sorted.length ? ids.get(sorted.at(-1)!.id)! : null);
      ctx.conversations.update({ ...row, activeLeafId: leaf });
      ctx.events.emit('data.changed', { topic: 'chat' });
      return summary({ ...row, activeLeafId: leaf });
    },
  };
}
