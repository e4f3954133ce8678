import crypto from 'node:crypto';
import type { ConversationSummary, ConversationView } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { ConversationRow } from '../../db/repos/conversations';
import type { ChatContext } from './context';
import { toMessageView } from './views';

import { NEW_TITLE } from './titles';

export { NEW_TITLE };
const TRASH_DAYS = 1;

export const summary = ({ activeLeafId: _leaf, ...rest }: ConversationRow): ConversationSummary => rest;

export function createConversations(ctx: ChatContext) {
  const { conversations, messages, events } = ctx;
  /** Text of replies still streaming (newer than their last save), set by the sender. */
  let liveText: (messageId: string) => string | undefined = () => undefined;
  const changed = () => events.emit('data.changed', { topic: 'chat' });

  const mustGet = (id: string): ConversationRow => {
    const c = conversations.get(id);
    if (!c) throw new AppFailure('not_found', 'That conversation no longer exists.');
    return c;
  };

  function view(c: ConversationRow): ConversationView {
    const path = c.activeLeafId ? messages.path(c.activeLeafId) : [];
    return {
      conversation: summary(c),
      messages: path.map((m) => {
        const view = toMessageView(m, messages);
        return m.status === 'streaming' ? { ...view, content: liveText(m.id) ?? view.content } : view;
      }),
    };
  }

  return {
    mustGet,
    view,
    setLiveText(lookup: (messageId: string) => string | undefined) {
      liveText = lookup;
    },
    list: (archived: boolean, limit: number, offset: number) => conversations.list(archived, limit, offset).map(summary),
    create(input: { sceneId?: string | null; title?: string }): ConversationSummary {
      if (input.sceneId && !ctx.scenes.get(input.sceneId)) throw new AppFailure('not_found', 'That scene no longer exists.');
      const now = new Date().toISOString();
      const row: ConversationRow = {
        id: crypto.randomUUID(),
        title: input.title ?? NEW_TITLE,
        sceneId: input.sceneId ?? 'scene-general',
        providerId: null,
        model: null,
        folder: null,
        tags: [],
        pinned: false,
        archived: false,
        historyLimit: null,
        activeLeafId: null,
        costMicros: 0,
        createdAt: now,
        updatedAt: now,
      };
      if (row.sceneId && !ctx.scenes.get(row.sceneId)) row.sceneId = null;
      conversations.insert(row);
      changed();
      return summary(row);
    },
    update(input: { id: string; title?: string; pinned?: boolean; archived?: boolean; folder?: string | null; tags?: string[]; sceneId?: string | null; model?: { providerId: string; model: string } | null; historyLimit?: number | null }): ConversationSummary {
      const c = { ...mustGet(input.id) };
      if (input.title !== undefined) c.title = input.title;
      if (input.pinned !== undefined) c.pinned = input.pinned;
      if (input.archived !== undefined) c.archived = input.archived;
      if (input.folder !== undefined) c.folder = input.folder || null;
      if (input.tags !== undefined) c.tags = [...new Set(input.tags)];
      if (input.historyLimit !== undefined) c.historyLimit = input.historyLimit;
      if (input.sceneId !== undefined) {
        if (input.sceneId && !ctx.scenes.get(input.sceneId)) throw new AppFailure('not_found', 'That scene no longer exists.');
        c.sceneId = input.sceneId;
      }
      if (input.model !== undefined) {
        if (input.model && !ctx.providerExists(input.model.providerId)) throw new AppFailure('not_found', 'That provider no longer exists.');
        c.providerId = input.model?.providerId ?? null;
        c.model = input.model?.model ?? null;
      }
      c.updatedAt = new Date().toISOString();
      conversations.update(c);
      changed();
      return summary(c);
    },
    delete(id: string): void {
      mustGet(id);
      conversations.softDelete(id);
      changed();
    },
    restore(id: string): ConversationSummary {
      const c = conversations.getIncludingDeleted(id);
      if (!c) throw new AppFailure('not_found', 'That conversation was deleted for good.');
      conversations.restore(id);
      changed();
      return summary(c);
    },
    open: (id: string) => view(mustGet(id)),
    selectBranch(messageId: string): ConversationView {
      const m = messages.get(messageId);
      if (!m) throw new AppFailure('not_found', 'That message no longer exists.');
      const c = { ...mustGet(m.conversationId), activeLeafId: messages.newestLeafUnder(messageId) };
      conversations.update(c);
      return view(c);
    },
    /** At start-up: replies that were streaming when the app stopped are kept as interrupted; old trash is emptied. */
    recover(): void {
      for (const m of messages.streaming()) {
        messages.finish(m.id, {
          ...m,
          status: 'interrupted',
          error: { code: 'cancelled', message: 'Atelier stopped before this reply was complete; what arrived is kept.', hint: 'Regenerate the reply to get a complete answer.' },
        });
      }
      conversations.purgeDeleted(new Date(Date.now() - TRASH_DAYS * 86_400_000).toISOString());
    },
  };
}
export type Conversations = ReturnType<typeof createConversations>;
