import type { AppInfo } from '../../../../shared/contract';
import type { PartialHandlers } from '../../rpc/dispatcher';
import type { EventBus } from '../../rpc/events';
import type { Vault } from '../../vault/types';
import type { createDataService } from '../data/service';
import type { SettingsService } from './service';

export function settingsHandlers(deps: {
  info: AppInfo;
  settings: SettingsService;
  vault: Vault;
  data: ReturnType<typeof createDataService>;
  events: EventBus;
}) {
  const { info, settings, vault, data, events } = deps;
  return {
    'app.info': () => info,
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      const next = settings.update(patch);
      events.emit('data.changed', { topic: 'settings' });
      return next;
    },
    'vault.status': () => vault.status,
    'data.location': () => data.describe(),
    'data.relocate': async ({ path }) => {
      const next = await data.relocate(path);
      events.emit('data.changed', { topic: 'data' });
      return next;
    },
  } satisfies PartialHandlers;
}
