import crypto from 'node:crypto';
import type { ChatAttachment, ChatEstimate, ConversationSummary, ModelRef, Scene, SendReceipt } from '../../../../shared/contract';
import { AppFailure, makeError } from '../../../../shared/errors';
import { REPLY_PRIMING_TOKENS } from '../../../../shared/pricing';
import type { Modality } from '../../../../shared/policy';
import type { ConversationRow } from '../../db/repos/conversations';
import type { MessageOutcome, MessageRow } from '../../db/repos/messages';
import type { ChatMessage, ChatOutput } from '../../pipeline/operations/chat';
import type { PipelineResult } from '../../pipeline/types';
import type { ChatContext } from './context';
import { NEW_TITLE, summary, type Conversations } from './conversations';
import { createTitler, provisionalTitle } from './titles';
import { buildHistory, fitToWindow, type BuiltHistory } from './history';
import { toMessageView } from './views';

/** A streaming reply is saved this often, so a crash loses at most this much of it. */
export const SAVE_EVERY_MS = 400;
/**
 * Deltas go out to the window at most this often: the first at once, later ones gathered. A fast stream
 * (hundreds of tokens a second) then costs the window a few messages per frame instead of one per token,
 * each a task of its own on the thread that also renders; a slow one still sends every token as it comes.
 */
export const DELTA_EVERY_MS = 8;

export function createSender(ctx: ChatContext, convs: Conversations) {
  const { messages, conversations, media, events, stack } = ctx;
  /** assistant message id → the live stream, while streaming. */
  const streaming = new Map<string, { requestId: string; conversationId: string; text: () => string; flush: () => void }>();
  let closed = false;
  // A conversation opened mid-stream shows everything that arrived, not only what was last saved; what is
  // still gathered goes out first, so the deltas after it continue exactly where this text ends.
  convs.setLiveText((id) => {
    const live = streaming.get(id);
    live?.flush();
    return live?.text();
  });

  const titler = createTitler(ctx);
  /** Title requests in flight, so tests (and shutdown) can wait for them. */
  const titling = new Set<Promise<void>>();

  const sceneOf = (c: ConversationRow): Scene | null => (c.sceneId ? ctx.scenes.get(c.sceneId) ?? null : null);

  /** Request override, then the conversation's model, then the scene's, then the default for the modality. */
  function resolveModel(c: ConversationRow, scene: Scene | null, modality: Modality, override?: ModelRef): ModelRef {
    const candidates: (ModelRef | null)[] = [
      override ?? null,
      c.providerId && c.model ? { providerId: c.providerId, model: c.model } : null,
      scene?.providerId && scene.model ? { providerId: scene.providerId, model: scene.model } : null,
      ctx.settings.get().defaults[modality],
      ctx.settings.get().defaults.text,
    ];
    const found = candidates.find((r): r is ModelRef => r !== null && ctx.providerExists(r.providerId));
    if (!found) throw new AppFailure('no_provider', 'No model is set up for chat yet. Add a provider in Settings, then pick a default chat model.', { reason: 'no_model', purpose: 'chat' });
    return found;
  }

  /** The history the model reads: trimmed by tokens to its context window, leaving room for its reply. */
  function fitted(built: BuiltHistory, model: string) {
    const budget = stack.pricer.contextWindow(model) - stack.pricer.replyCap(model) - REPLY_PRIMING_TOKENS;
    return fitToWindow(built.messages, budget, (m) => stack.pricer.messageTokens(model, m), model);
  }

  function attachmentsFor(hashes: string[]): ChatAttachment[] {
    return hashes.map((hash) => {
      const row = media.describe(hash);
      if (!row) throw new AppFailure('not_found', 'An attachment is missing; attach the file again.');
      return row;
    });
  }

  function insertMessage(c: ConversationRow, m: Partial<MessageRow> & Pick<MessageRow, 'role' | 'content' | 'parentId' | 'status'>): MessageRow {
    return messages.insert({
      id: crypto.randomUUID(),
      conversationId: c.id,
      attachments: [],
      error: null,
      providerId: null,
      model: null,
      requestId: null,
      inputTokens: 0,
      outputTokens: 0,
      costMicros: 0,
      savedMicros: 0,
      latencyMs: null,
      cached: false,
      fallback: false,
      createdAt: new Date().toISOString(),
      producedBy: null,
      ...m,
    });
  }

  /** A complete reply may earn the conversation an automatic title; tests and shutdown can wait for it. */
  function titleAfter(c: ConversationRow, assistant: MessageRow, target: ModelRef, model: string | null): void {
    const pending = titler.afterReply(c.id, assistant.id, { providerId: target.providerId, model: model ?? target.model });
    if (!pending) return;
    titling.add(pending);
    void pending.finally(() => titling.delete(pending));
  }

  /** Saves how the reply ended, books its cost on the conversation, and tells the window. */
  function settle(c: ConversationRow, assistant: MessageRow, target: ModelRef, outcome: MessageOutcome): void {
    if (closed) return; // shutdown already saved this reply as interrupted
    streaming.get(assistant.id)?.flush();
    messages.finish(assistant.id, outcome);
    if (outcome.costMicros > 0) conversations.addCost(c.id, outcome.costMicros);
    streaming.delete(assistant.id);
    if (outcome.status === 'complete') titleAfter(c, assistant, target, outcome.model);
    const row = messages.get(assistant.id);
    if (row) events.emit('chat.message', { conversationId: c.id, message: toMessageView(row, messages) });
    events.emit('data.changed', { topic: 'usage' });
  }

  /**
   * Deltas go out as events, gathered to at most one every DELTA_EVERY_MS (flush() sends what waits); the
   * text so far is saved every SAVE_EVERY_MS, so a crash loses little.
   */
  function deltaSaver(assistant: MessageRow, append: (delta: string) => string) {
    let lastSave = Date.now();
    let waiting = '';
    let lastSent = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (!waiting) return;
      events.emit('stream.delta', { streamId: assistant.id, text: waiting });
      waiting = '';
      lastSent = performance.now();
    };
    const push = (delta: string) => {
      const text = append(delta);
      waiting += delta;
      const wait = lastSent + DELTA_EVERY_MS - performance.now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
      if (Date.now() - lastSave >= SAVE_EVERY_MS) {
        messages.saveContent(assistant.id, text);
        lastSave = Date.now();
      }
    };
    return { push, flush };
  }

  /** Runs the reply in the background; deltas go out as events, the text is saved as it grows. */
  function stream(c: ConversationRow, assistant: MessageRow, history: ChatMessage[], target: ModelRef, modality: Modality, scene: Scene | null): string {
    const requestId = crypto.randomUUID();
    let text = '';
    const deltas = deltaSaver(assistant, (delta) => (text += delta));
    streaming.set(assistant.id, { requestId, conversationId: c.id, text: () => text, flush: deltas.flush });
    stack.pipeline
      .run(stack.operations.chat, {
        scene: scene?.name ?? 'general_chat',
        modality,
        providerId: target.providerId,
        model: target.model,
        requestId,
        priority: 'interactive',
        input: chatInput(history, scene),
        onDelta: deltas.push,
      })
      .then((r) => settle(c, assistant, target, completed(r, requestId)))
      .catch((error: unknown) => settle(c, assistant, target, cutShort(error, text, target.model, requestId)));
    return requestId;
  }

  function start(c: ConversationRow, user: MessageRow, override?: ModelRef): SendReceipt {
    const scene = sceneOf(c);
    const path = messages.path(user.id);
    const built = buildHistory(path, scene, c.historyLimit, media);
    const modality: Modality = built.hasImages ? 'image-understanding' : 'text';
    const target = resolveModel(c, scene, modality, override);
    const producedBy = { sceneId: scene?.id ?? null, sceneLabel: scene?.label ?? null, schemaName: scene?.jsonSchema?.name ?? null };
    const assistant = insertMessage(c, { role: 'assistant', content: '', parentId: user.id, status: 'streaming', providerId: target.providerId, model: target.model, producedBy });
    const updated: ConversationRow = { ...c, activeLeafId: assistant.id, updatedAt: new Date().toISOString() };
    if (c.title === NEW_TITLE && user.content.trim()) updated.title = provisionalTitle(user.content);
    conversations.update(updated);
    const requestId = stream(updated, assistant, fitted(built, target.model).messages, target, modality, scene);
    events.emit('data.changed', { topic: 'chat' });
    return { userMessage: toMessageView(user, messages), assistantMessage: toMessageView(assistant, messages), requestId };
  }

  type Draft = { conversationId: string; text: string; attachments: string[]; parentId?: string | null; model?: ModelRef };

  /** What sending a draft would do: the model, the modality, and the pre-flight estimate. */
  function plan(input: Draft) {
    const c = convs.mustGet(input.conversationId);
    const scene = sceneOf(c);
    const parentId = input.parentId === undefined ? c.activeLeafId : input.parentId;
    const path = parentId ? messages.path(parentId) : [];
    const draft = { ...path[0]!, id: 'draft', role: 'user' as const, content: input.text, attachments: attachmentsFor(input.attachments), status: 'complete' as const };
    const built = buildHistory([...path, draft], scene, c.historyLimit, media, false);
    const modality: Modality = built.hasImages ? 'image-understanding' : 'text';
    const target = resolveModel(c, scene, modality, input.model);
    const fit = fitted(built, target.model);
    const e = stack.pricer.chatEstimate(target.model, fit.messages, stack.pricer.replyCap(target.model), 0);
    const min = e.maxCostMicros === null ? null : stack.pricer.chatEstimate(target.model, fit.messages, 0, 0).maxCostMicros;
    const trimmedMessages = built.trimmed + fit.dropped;
    const estimate: ChatEstimate = { inputTokens: e.inputTokens, maxOutputTokens: e.maxOutputTokens, minMicros: min, maxMicros: e.maxCostMicros, priceKnown: e.maxCostMicros !== null, trimmedMessages, warnings: [], ...target };
    return { scene, modality, estimate };
  }

  return {
    send(input: Draft): SendReceipt {
      // A hard budget refuses here, before a message is saved or anything is sent: the draft stays in the composer.
      const { scene, modality, estimate } = plan(input);
      stack.budgets.admit({ modality, scene: scene?.name ?? 'general_chat', maxCostMicros: estimate.maxMicros }).release();
      const c = convs.mustGet(input.conversationId);
      const parentId = input.parentId === undefined ? c.activeLeafId : input.parentId;
      if (parentId && messages.get(parentId)?.conversationId !== c.id) throw new AppFailure('not_found', 'The message being answered no longer exists.');
      const user = insertMessage(c, { role: 'user', content: input.text, parentId, status: 'complete', attachments: attachmentsFor(input.attachments) });
      return start(c, user, input.model);
    },
    regenerate(input: { messageId: string; model?: ModelRef }): SendReceipt {
      const old = messages.get(input.messageId);
      if (!old || old.role !== 'assistant' || !old.parentId) throw new AppFailure('not_found', 'Only a reply can be regenerated.');
      const user = messages.get(old.parentId)!;
      return start(convs.mustGet(old.conversationId), user, input.model);
    },
    stop(messageId: string): boolean {
      const live = streaming.get(messageId);
      return live ? stack.pipeline.cancel(live.requestId) : false;
    },
    /** The app is closing: save every live reply as far as it got, marked interrupted, then cancel it. */
    shutdown(): void {
      closed = true;
      for (const [id, live] of streaming) {
        live.flush();
        const row = messages.get(id);
        if (row) messages.finish(id, { ...row, content: live.text(), status: 'interrupted', error: makeError('cancelled', 'Atelier was closed before this reply was complete; what arrived is kept.') });
        stack.pipeline.cancel(live.requestId);
      }
      streaming.clear();
    },
    estimate: (input: Draft): ChatEstimate => {
      const { scene, modality, estimate } = plan(input);
      return { ...estimate, warnings: stack.budgets.preview({ modality, scene: scene?.name ?? 'general_chat', maxCostMicros: estimate.maxMicros }) };
    },
    summaryOf: (id: string): ConversationSummary => summary(convs.mustGet(id)),
    /** Resolves when every title request in flight has finished. */
    titlesSettled: () => Promise.all([...titling]).then(() => undefined),
  };
}
export type Sender = ReturnType<typeof createSender>;

/** No maxOutputTokens: the chat operation sends the model's reasoning-aware cap from the catalog. */
function chatInput(history: ChatMessage[], scene: Scene | null) {
  return { messages: history, stream: true, ...(scene?.temperature != null ? { temperature: scene.temperature } : {}), ...(scene?.jsonSchema ? { jsonSchema: scene.jsonSchema } : {}) };
}

/** A reply that finished: what the pipeline reported. */
function completed(r: PipelineResult<ChatOutput>, requestId: string): MessageOutcome {
  return {
    content: r.output.text,
    status: 'complete',
    error: null,
    model: r.model,
    requestId,
    inputTokens: r.usage.inputTokens,
    outputTokens: r.usage.outputTokens,
    costMicros: r.costMicros,
    savedMicros: r.savedMicros,
    latencyMs: Math.round(r.latencyMs),
    cached: r.cached,
    fallback: r.fallbackUsed,
  };
}

/** A reply stopped, broken off or refused: what arrived, and the tokens it was billed for (estimated by the pipeline). */
function cutShort(error: unknown, text: string, model: string, requestId: string): MessageOutcome {
  const failure = error instanceof AppFailure ? error : new AppFailure('internal');
  const num = (key: string) => (typeof failure.details?.[key] === 'number' ? (failure.details[key] as number) : 0);
  const status = failure.code === 'cancelled' ? 'cancelled' : text.length > 0 ? 'interrupted' : 'error';
  // The details keep the reason, so the window can word the error in its language.
  const appError = makeError(failure.code, failure.message, failure.details);
  return { content: text, status, error: appError, model, requestId, inputTokens: num('inputTokens'), outputTokens: num('outputTokens'), costMicros: num('costMicros'), savedMicros: 0, latencyMs: null, cached: false, fallback: false };
}
