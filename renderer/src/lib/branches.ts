import type { ChatMessageView } from '../../../shared/contract';

/**
 * The leaf of the branch that was shown, when the branch now shown no longer holds it: the jump switched
 * the conversation to another version. Null when nothing was left behind (same branch, or it was empty).
 */
export function leftBehindLeaf(before: Pick<ChatMessageView, 'id'>[], after: Pick<ChatMessageView, 'id'>[]): string | null {
  const leaf = before.at(-1)?.id;
  if (!leaf) return null;
  return after.some((m) => m.id === leaf) ? null : leaf;
}
