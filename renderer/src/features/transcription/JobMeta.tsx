import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { relativeTime } from '../../lib/format';
import { useTranscription } from '../../stores/transcription/jobs';
import { elapsedMs, etaMs } from './eta';
import { clock, span } from './format';
import { useMoney, useNow } from './hooks';
import { useModelLabel } from './useModelLabel';

/** The card's small print: elapsed and time left while running, length, cost so far against the estimate. */
export function JobMeta({ recording: r }: { recording: RecordingView }) {
  const { t } = useTranslation('transcription');
  const pace = useTranscription((s) => s.pace[r.id]);
  const now = useNow(r.state === 'running' || r.state === 'waiting_network');
  const money = useMoney();
  const model = useModelLabel(r);
  const parts: string[] = [];
  const estimate = r.estimateMicros === null ? t('job.meta.priceUnknown') : t('job.meta.approx', { cost: money(r.estimateMicros) });
  if (r.state === 'running' || r.state === 'waiting_network') {
    const elapsed = elapsedMs(r, now);
    if (elapsed !== null) parts.push(t('job.meta.elapsed', { time: clock(elapsed) }));
    const eta = etaMs(r, pace, now);
    if (eta !== null) parts.push(eta < 5000 ? t('job.meta.almostDone') : t('job.meta.left', { time: span(eta) }));
    parts.push(t('job.meta.costOf', { cost: money(r.costMicros), estimate }));
  } else if (r.state === 'done') {
    if (r.durationMs !== null) parts.push(clock(r.durationMs));
    parts.push(model);
    parts.push(money(r.costMicros));
    if (r.finishedAt) parts.push(relativeTime(r.finishedAt, now));
  } else if ((r.state === 'failed' || r.state === 'cancelled') && r.chunks.total === 0) {
    parts.push(model);
    parts.push(r.costMicros > 0 ? money(r.costMicros) : t('job.meta.nothingBilled'));
    if (r.finishedAt) parts.push(relativeTime(r.finishedAt, now));
  } else {
    parts.push(r.durationMs !== null ? clock(r.durationMs) : t('job.meta.lengthUnknown'));
    parts.push(model);
    parts.push(r.costMicros > 0 ? t('job.meta.costOf', { cost: money(r.costMicros), estimate }) : r.estimateMicros === null ? estimate : t('job.meta.estimated', { estimate }));
  }
  return <p className="tx-job__meta">{parts.join(' · ')}</p>;
}
