/**
 * How a feature builds its persisted queues: each queue gets the feature's own repo, the job table and the
 * core's shared services, and the feature's lists refresh whenever one of its queues reports progress.
 */
import type { EventPayloads } from '../../../shared/contract';
import type { JobsRepo } from '../db/repos/jobs';
import type { Logger } from '../log';
import type { MediaStore } from '../media/store';
import type { PipelineStack } from '../pipeline/stack';
import type { EventBus } from '../rpc/events';

export interface CoreServices {
  stack: PipelineStack;
  media: MediaStore;
  events: EventBus;
  log: Logger;
}

/** What every feature queue is constructed with, besides its own settings. */
export function queueBase<R>(repo: R, jobs: JobsRepo, deps: CoreServices) {
  return { repo, jobs, stack: deps.stack, media: deps.media, events: deps.events, log: deps.log };
}

/** Calls `changed` whenever a job of one of these queues reports progress (state, counts, cost). */
export function onQueueProgress(events: EventBus, queues: readonly string[], changed: () => void): void {
  events.subscribe((e) => {
    if (e.name === 'job.progress' && queues.includes((e.payload as EventPayloads['job.progress']).queue)) changed();
  });
}
