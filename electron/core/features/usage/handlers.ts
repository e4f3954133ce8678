import type { ResponseCacheRepo } from '../../db/repos/response-cache';
import type { BudgetedWork } from '../../../../shared/contract';
import type { Modality } from '../../../../shared/policy';
import type { BudgetGuard } from '../../pipeline/budgets';
import type { Limiters } from '../../pipeline/limiter';
import { STUDIO_SCENE } from '../studio/queue';
import { TRANSCRIPTION_SCENE } from '../transcription/queue';
import { VISION_SCENE } from '../vision/analyze';
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

/** Each kind of budgeted work: the modality and scene its requests are billed under. */
const WORK: Record<BudgetedWork, { modality: Modality; scene: string }> = {
  transcription: { modality: 'audio-offline', scene: TRANSCRIPTION_SCENE },
  image_analysis: { modality: 'image-understanding', scene: VISION_SCENE },
  image_studio: { modality: 'image-generation', scene: STUDIO_SCENE },
};

export function usageHandlers(deps: {
  pipeline: Pipeline;
  budgets: BudgetGuard;
  settings: PipelineSettings;
  limiters: Limiters;
  cache: ResponseCacheRepo;
  usage: ReturnType<typeof createUsageService>;
  events: EventBus;
}) {
  const { pipeline, budgets, settings, limiters, cache, usage, events } = deps;
  return {
    'pipeline.config': () => settings.config(),
    'pipeline.updateConfig': (patch) => {
      const config = settings.update(patch);
      if (patch.limits) applyManualLimits(settings, limiters);
      events.emit('data.changed', { topic: 'pipeline' });
      return config;
    },
    'requests.cancel': ({ requestId }) => ({ cancelled: pipeline.cancel(requestId) }),
    'budgets.preview': ({ work, maxCostMicros }) => budgets.preview({ ...WORK[work], maxCostMicros }),
    'usage.summary': ({ from, to }) => usage.summary(from, to),
    'usage.exportCsv': ({ from, to }) => usage.exportCsv(from, to),
    'cache.clear': () => {
      const removed = cache.clear();
      events.emit('data.changed', { topic: 'usage' });
      return { removed };
    },
  } satisfies PartialHandlers;
}
