import type { Scene } from '../../../../shared/contract';
import { AppFailure } from '../../../../shared/errors';
import type { MessageRow } from '../../db/repos/messages';
import type { MediaStore } from '../../media/store';
import type { ChatMessage, ChatPart } from '../../pipeline/operations/chat';

export interface BuiltHistory {
  messages: ChatMessage[];
  /** Messages of history left out by the conversation's history limit. */
  trimmed: number;
  hasImages: boolean;
}

/** A user message's own text plus its attachments, as the model will see them. */
function userParts(row: Pick<MessageRow, 'content' | 'attachments'>, media: MediaStore, withImageData: boolean): ChatPart[] {
  const parts: ChatPart[] = [];
  for (const a of row.attachments) {
    if (a.kind === 'text') {
      const text = media.read(a.hash)?.toString('utf8') ?? '';
      parts.push({ type: 'text', text: `Attached file "${a.name}":\n\`\`\`\n${text}\n\`\`\`` });
    } else {
      const url = withImageData ? `data:${a.mime};base64,${media.read(a.hash)?.toString('base64') ?? ''}` : `atelier-media:${a.hash}`;
      parts.push({ type: 'image_url', image_url: { url, detail: 'auto' }, width: a.width ?? undefined, height: a.height ?? undefined });
    }
  }
  if (row.content.trim()) parts.push({ type: 'text', text: row.content });
  return parts;
}

/**
 * The request's messages for a branch (root → newest user message): the scene's system prompt,
 * then as many recent messages as the history limit allows. Replies that failed before any text
 * arrived are left out; interrupted ones keep what arrived.
 */
export function buildHistory(path: MessageRow[], scene: Scene | null, historyLimit: number | null, media: MediaStore, withImageData = true): BuiltHistory {
  const usable = path.filter((m) => m.role !== 'system' && (m.role === 'user' || m.content.length > 0));
  const kept = historyLimit !== null && usable.length > historyLimit ? usable.slice(-historyLimit) : usable;
  const messages: ChatMessage[] = [];
  if (scene?.systemPrompt.trim()) messages.push({ role: 'system', content: scene.systemPrompt });
  let hasImages = false;
  for (const m of kept) {
    if (m.role === 'assistant') {
      messages.push({ role: 'assistant', content: m.content });
      continue;
    }
    const parts = userParts(m, media, withImageData);
    hasImages ||= parts.some((p) => p.type === 'image_url');
    messages.push({ role: 'user', content: parts.length === 1 && parts[0]!.type === 'text' ? parts[0]!.text : parts });
  }
  return { messages, trimmed: usable.length - kept.length, hasImages };
}

export interface FittedHistory {
  messages: ChatMessage[];
  /** Older messages left out because the model could not read them all. */
  dropped: number;
  /** Input tokens of what is kept (as counted by `tokensOf`). */
  tokens: number;
}

/**
 * Trims a request's history to what the model can read: the leading system prompt and the newest
 * message always stay, then older turns are added newest first while they fit in `budget` tokens.
 * Counting stops at the first turn that does not fit, so a long conversation is not counted whole.
 * A history cut here never starts with a reply whose question was dropped. Throws `too_large` when the
 * newest message alone does not fit.
 */
export function fitToWindow(messages: ChatMessage[], budget: number, tokensOf: (m: ChatMessage) => number, model: string): FittedHistory {
  const head = messages[0]?.role === 'system' ? 1 : 0;
  const fixed = messages.slice(0, head);
  const turns = messages.slice(head);
  let tokens = fixed.reduce((n, m) => n + tokensOf(m), 0);
  let first = turns.length;
  for (let i = turns.length - 1; i >= 0; i--) {
    const t = tokensOf(turns[i]!);
    if (tokens + t > budget) {
      if (i === turns.length - 1) {
        throw new AppFailure(
          'too_large',
          `This message is about ${(tokens + t).toLocaleString('en')} tokens with the scene's instructions, more than ${model} can read while leaving room for its reply (${budget.toLocaleString('en')}). Shorten it or attach less.`,
        );
      }
      break;
    }
    tokens += t;
    first = i;
  }
  // Only a cut made here leaves a reply without its question (a message-count limit is the user's choice).
  while (first > 0 && first < turns.length - 1 && turns[first]!.role === 'assistant') tokens -= tokensOf(turns[first++]!);
  return { messages: [...fixed, ...turns.slice(first)], dropped: first, tokens };
}
