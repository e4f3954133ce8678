import type { PartialHandlers } from '../../rpc/dispatcher';
import { addAttachment } from './attachments';
import type { ChatContext } from './context';
import { createConversations } from './conversations';
import { createScenes } from './scenes';
import { toFtsQuery } from './search-query';
import { createSender } from './send';
import { createTransfer } from './transfer';
import { MATCH_CLOSE, MATCH_OPEN } from '../../db/repos/messages';
import { seedScenes } from './presets';

/** Splits an FTS snippet with match markers into segments the UI can render without HTML. */
export function snippetSegments(snippet: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  for (const part of snippet.split(MATCH_OPEN)) {
    const [matched, rest] = part.includes(MATCH_CLOSE) ? part.split(MATCH_CLOSE, 2) : [null, part];
    if (matched) out.push({ text: matched, match: true });
    if (rest) out.push({ text: rest, match: false });
  }
  return out;
}

export function createChatFeature(ctx: ChatContext) {
  seedScenes(ctx.scenes);
  const convs = createConversations(ctx);
  convs.recover();
  const sender = createSender(ctx, convs);
  const transfer = createTransfer(ctx, convs);
  const scenes = createScenes(ctx);
  const handlers = {
    'chat.list': ({ archived, limit, offset }) => convs.list(archived, limit, offset),
    'chat.create': (input) => convs.create(input),
    'chat.update': (input) => convs.update(input),
    'chat.delete': ({ id }) => {
      convs.delete(id);
      return { id };
    },
    'chat.restore': ({ id }) => convs.restore(id),
    'chat.open': ({ id }) => convs.open(id),
    'chat.send': (input) => sender.send(input),
    'chat.regenerate': (input) => sender.regenerate(input),
    'chat.stop': ({ messageId }) => ({ stopped: sender.stop(messageId) }),
    'chat.selectBranch': ({ messageId }) => convs.selectBranch(messageId),
    'chat.estimate': (input) => sender.estimate(input),
    'chat.search': ({ query, limit }) => {
      const fts = toFtsQuery(query);
      if (!fts) return [];
      return ctx.messages.search(fts, limit).map(({ snippet, ...hit }) => ({ ...hit, snippet: snippetSegments(snippet) }));
    },
    'chat.export': ({ id, format }) => transfer.export(id, format),
    'chat.import': ({ content }) => transfer.import(content),
    'attachments.add': ({ name, mime, dataBase64, detail }) => addAttachment(ctx.media, { name, mime, data: Buffer.from(dataBase64, 'base64'), detail }),
    'scenes.list': () => scenes.list(),
    'scenes.save': (input) => scenes.save(input),
    'scenes.remove': ({ id }) => {
      scenes.remove(id);
      return { removed: true as const };
    },
  } satisfies PartialHandlers;
  return { handlers, shutdown: () => sender.shutdown() };
}
