import type { PartialHandlers } from '../../rpc/dispatcher';
import type { EventBus } from '../../rpc/events';
import type { SettingsService } from '../settings/service';
import type { ProvidersService } from './service';

export function providerHandlers(providers: ProvidersService, settings: SettingsService, events: EventBus) {
  const changed = () => events.emit('data.changed', { topic: 'providers' });
  return {
    'providers.list': () => providers.list(),
    'providers.create': async (input) => {
      const view = await providers.create(input);
      changed();
      return view;
    },
    'providers.update': async (input) => {
      const view = await providers.update(input);
      changed();
      return view;
    },
    'providers.remove': async ({ id }) => {
      await providers.remove(id);
      settings.forgetProvider(id);
      changed();
      events.emit('data.changed', { topic: 'settings' });
      return { removed: true as const };
    },
    'providers.test': ({ id }) => providers.test(id),
    'providers.refreshModels': async ({ id }) => {
      const view = await providers.refreshModels(id);
      changed();
      if (settings.fillMissingDefaults(view)) events.emit('data.changed', { topic: 'settings' });
      return view;
    },
  } satisfies PartialHandlers;
}
