import type { ConversationsRepo } from '../../db/repos/conversations';
import type { MessagesRepo } from '../../db/repos/messages';
import type { ScenesRepo } from '../../db/repos/scenes';
import type { MediaStore } from '../../media/store';
import type { PipelineStack } from '../../pipeline/stack';
import type { EventBus } from '../../rpc/events';
import type { SettingsService } from '../settings/service';

/** What the chat feature's parts share. */
export interface ChatContext {
  conversations: ConversationsRepo;
  messages: MessagesRepo;
  scenes: ScenesRepo;
  media: MediaStore;
  stack: Pick<PipelineStack, 'pipeline' | 'operations' | 'pricer' | 'budgets'>;
  settings: SettingsService;
  events: EventBus;
  /** Whether a provider id still exists (conversations may point at a removed one). */
  providerExists(id: string): boolean;
  /** The models a provider lists (to pick a cheap one for titles); absent in tests that do not need it. */
  providerModels?(id: string): readonly string[];
}
