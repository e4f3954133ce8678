import type { RecordingView } from '../../../../shared/contract';
import type { Pace } from '../../stores/transcription/jobs';

/** When the job started (or null), and how long it has run or ran. */
export function elapsedMs(r: RecordingView, now: number): number | null {
  if (!r.startedAt) return null;
  const start = Date.parse(r.startedAt);
  const end = r.finishedAt && (r.state === 'done' || r.state === 'failed' || r.state === 'cancelled') ? Date.parse(r.finishedAt) : now;
  return Number.isNaN(start) ? null : Math.max(0, end - start);
}

/**
 * Time left from chunk throughput: chunks finished while this screen watched, over the time they
 * took; before the first one finishes, from the job's own start (which includes preparing, so it
 * overshoots rather than promises too much). Null when there is nothing to go on yet.
 */
export function etaMs(r: RecordingView, pace: Pace | undefined, now: number): number | null {
  if (r.state !== 'running' || r.phase !== 'transcribing' || r.chunks.total === 0) return null;
  const left = r.chunks.total - r.chunks.done;
  if (left <= 0) return 0;
  if (pace && pace.lastDone > pace.fromDone) {
    const perChunk = (pace.lastAt - pace.fromAt) / (pace.lastDone - pace.fromDone);
    return Math.max(0, perChunk * left - (now - pace.lastAt));
  }
  const elapsed = elapsedMs(r, now);
  if (elapsed === null || r.chunks.done === 0) return null;
  return (elapsed / r.chunks.done) * left;
}
