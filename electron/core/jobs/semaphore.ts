import { AppFailure } from '../../../shared/errors';

interface Waiter {
  grant: (release: () => void) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * A FIFO limit on concurrent work shared by several jobs (chunks sent at once across a queue, images
 * analysed at once). A waiter whose job is paused or cancelled leaves the line at once; a slot is
 * handed straight to the next waiter on release, so no wake-up is ever lost.
 */
export class Semaphore {
  private held = 0;
  private readonly line: Waiter[] = [];

  /** `limit` is read on every grant, so it may follow a setting. */
  constructor(private readonly limit: () => number) {}

  get inUse(): number {
    return this.held;
  }

  get waiting(): number {
    return this.line.length;
  }

  /** Resolves with a release function once a slot is ours; rejects with 'cancelled' if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new AppFailure('cancelled'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { grant: resolve, signal };
      if (signal) {
        waiter.onAbort = () => {
          const at = this.line.indexOf(waiter);
          if (at >= 0) this.line.splice(at, 1);
          reject(new AppFailure('cancelled'));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.line.push(waiter);
      this.drain();
    });
  }

  private drain(): void {
    while (this.line.length > 0 && this.held < Math.max(1, this.limit())) {
      const waiter = this.line.shift()!;
      if (waiter.onAbort) waiter.signal!.removeEventListener('abort', waiter.onAbort);
      this.held++;
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        this.held--;
        this.drain();
      });
    }
  }
}
