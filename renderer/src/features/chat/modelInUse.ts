import type { TFunction } from 'i18next';

/** What a picker's "no choice" option says: the model actually in use, and where it comes from. */
export type ModelSource = 'scene' | 'conversation';

export function inUseLabel(t: TFunction<'chat'>, model: string | null, source: ModelSource): string {
  if (!model) return t(source === 'scene' ? 'picker.sceneOrDefault' : 'picker.conversationModel');
  return t(source === 'scene' ? 'picker.inUseScene' : 'picker.inUseConversation', { model });
}
