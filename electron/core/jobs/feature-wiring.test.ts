import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../rpc/events';
import { onQueueProgress } from './feature-wiring';

describe('onQueueProgress', () => {
  it("calls back for progress of the feature's own queues only", () => {
    const events = createEventBus();
    const changed = vi.fn();
    onQueueProgress(events, ['studio', 'studio-batch'], changed);
    const progress = (queue: string) => events.emit('job.progress', { queue, jobId: 'j', state: 'running', done: 1, total: 2, message: null });
    progress('studio-batch');
    progress('vision');
    events.emit('data.changed', { topic: 'studio' });
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
