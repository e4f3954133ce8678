import type { RecordingView } from '../../../../shared/contract';
import { relativeTime } from '../../lib/format';
import { useTranscription } from '../../stores/transcription/jobs';
import { elapsedMs, etaMs } from './eta';
import { clock, span } from './format';
import { useMoney, useNow } from './hooks';

/** The card's small print: elapsed and time left while running, length, cost so far against the estimate. */
export function JobMeta({ recording: r }: { recording: RecordingView }) {
  const pace = useTranscription((s) => s.pace[r.id]);
  const now = useNow(r.state === 'running' || r.state === 'waiting_network');
  const money = useMoney();
  const parts: string[] = [];
  const estimate = r.estimateMicros === null ? 'price unknown' : `~${money(r.estimateMicros)}`;
  if (r.state === 'running' || r.state === 'waiting_network') {
    const elapsed = elapsedMs(r, now);
    if (elapsed !== null) parts.push(`${clock(elapsed)} elapsed`);
    const eta = etaMs(r, pace, now);
    if (eta !== null) parts.push(eta < 5000 ? 'almost done' : `about ${span(eta)} left`);
    parts.push(`${money(r.costMicros)} of ${estimate}`);
  } else if (r.state === 'done') {
    if (r.durationMs !== null) parts.push(clock(r.durationMs));
    parts.push(r.model);
    parts.push(money(r.costMicros));
    if (r.finishedAt) parts.push(relativeTime(r.finishedAt, now));
  } else if ((r.state === 'failed' || r.state === 'cancelled') && r.chunks.total === 0) {
    parts.push(r.model);
    parts.push(r.costMicros > 0 ? money(r.costMicros) : 'nothing billed');
    if (r.finishedAt) parts.push(relativeTime(r.finishedAt, now));
  } else {
    parts.push(r.durationMs !== null ? clock(r.durationMs) : 'length not read yet');
    parts.push(r.model);
    parts.push(r.costMicros > 0 ? `${money(r.costMicros)} of ${estimate}` : r.estimateMicros === null ? 'price unknown' : `${estimate} estimated`);
  }
  return <p className="tx-job__meta">{parts.join(' · ')}</p>;
}
