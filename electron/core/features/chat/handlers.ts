import type { PartialHandlers } from '../../rpc/dispatcher';
import { addAttachment } from './attachments';
import type { ChatContext } from './context';
import { createConversations } from './conversations';
import { createScenes } from './scenes';
import { createSender } from './send';
import { createTransfer } from './transfer';
import { planSearch, snippetOf } from '../../db/fts';
import { seedScenes } from './presets';

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
      const plan = planSearch(query);
      if (!plan) return [];
      return ctx.messages.search(plan, limit).map(({ text, ...hit }) => ({ ...hit, snippet: snippetOf(text, plan.terms) }));
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
