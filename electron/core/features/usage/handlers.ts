import type { ResponseCacheRepo } from '../../db/repos/response-cache';
import type { Limiters } from '../../pipeline/limiter';
import type { Pipeline } from '../../pipeline/pipeline';
import type { PipelineSettings } from '../../pipeline/settings';
import type { PartialHandlers } from '../../rpc/dispatcher';
import type { EventBus } from '../../rpc/events';
import type { createUsageService } from './service';

export function applyManualLimits(settings: PipelineSettings, limiters: Limiters): void {
  for (const [key, limits] of Object.entries(settings.config().limits)) {
    const [providerId, model] = key.split('|');
    if (providerId && model) limiters.for(providerId, model).setManual(limits);
  }
}

export function usageHandlers(deps: {
  pipeline: Pipeline;
  settings: PipelineSettings;
  limiters: Limiters;
  cache: ResponseCacheRepo;
  usage: ReturnType<typeof createUsageService>;
  events: EventBus;
}) {
  const { pipeline, settings, limiters, cache, usage, events } = deps;
  return {
    'pipeline.config': () => settings.config(),
    'pipeline.updateConfig': (patch) => {
      const config = settings.update(patch);
      if (patch.limits) applyManualLimits(settings, limiters);
      events.emit('data.changed', { topic: 'pipeline' });
      return config;
    },
    'requests.cancel': ({ requestId }) => ({ cancelled: pipeline.cancel(requestId) }),
    'usage.summary': ({ from, to }) => usage.summary(from, to),
    'usage.exportCsv': ({ from, to }) => usage.exportCsv(from, to),
    'cache.clear': () => {
      const removed = cache.clear();
      events.emit('data.changed', { topic: 'usage' });
      return { removed };
    },
  } satisfies PartialHandlers;
}
