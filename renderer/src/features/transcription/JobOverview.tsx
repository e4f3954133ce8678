import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { ProgressBar } from '../../components/ProgressBar';
import { Spinner } from '../../components/Spinner';
import { cx } from '../../lib/cx';
import { useTranscription } from '../../stores/transcription';
import { useTranscriptionDetail } from '../../stores/transcriptionDetail';
import { ChunkStrip } from './ChunkStrip';
import { elapsedMs, etaMs } from './eta';
import { clock, span } from './format';
import { useMoney, useNow } from './hooks';
import { RemoveDialog } from './RemoveDialog';
import { isPermanentFailure, jobFraction, jobStatus } from './status';
import { TxIcon } from './TxIcon';

const EXPLAIN: Partial<Record<RecordingView['state'], string>> = {
  queued: 'It starts as soon as a place in the queue is free. Nothing is sent before that.',
  waiting_network: 'The provider cannot be reached. Atelier checks again every few seconds; chunks already transcribed are kept and not paid for twice.',
  paused: 'Nothing more is sent until you resume it. Chunks already transcribed are kept.',
  cancelled: 'Nothing more is sent. Retry to carry on from the chunks already transcribed.',
  failed: 'The rest of the queue carries on. Chunks already transcribed are kept if you retry.',
};

/** Where an unfinished recording stands: phase, chunk cells, time and money, and what went wrong. */
export function JobOverview({ recording: r }: { recording: RecordingView }) {
  const chunks = useTranscriptionDetail((s) => (s.detail?.recording.id === r.id ? s.detail.chunks : undefined));
  const pace = useTranscription((s) => s.pace[r.id]);
  const queuePaused = useTranscription((s) => s.queuePaused);
  const act = useTranscription((s) => s.act);
  const now = useNow(r.state === 'running' || r.state === 'waiting_network');
  const money = useMoney();
  const { t } = useTranslation('transcription');
  const [removing, setRemoving] = useState(false);
  const permanent = isPermanentFailure(r);
  const status = jobStatus(r, queuePaused);
  const neverStarted = (r.state === 'failed' || r.state === 'cancelled') && r.chunks.total === 0;
  const elapsed = elapsedMs(r, now);
  const eta = etaMs(r, pace, now);
  const stats: [string, string][] = [
    ['Elapsed', elapsed === null ? '—' : clock(elapsed)],
    ['Time left', eta === null ? (r.state === 'running' ? 'Estimating…' : '—') : eta < 5000 ? 'Almost done' : `About ${span(eta)}`],
    ['Cost so far', money(r.costMicros)],
    ['Estimate', r.estimateMicros === null ? 'Price unknown' : `~${money(r.estimateMicros)}`],
    ['Chunks', r.chunks.total ? `${r.chunks.done} of ${r.chunks.total}` : 'Not split yet'],
    ['Length', r.durationMs === null ? 'Not read yet' : clock(r.durationMs)],
  ];
  return (
    <div className="tx-detail__pad tx-overview">
      <div className={cx('tx-overview__status', `tone-${status.tone}`)}>
        <span className="tx-overview__icon">{status.active ? <Spinner /> : <TxIcon name={status.icon} size={20} />}</span>
        <div>
          <p className="tx-overview__label">{status.label}</p>
          {permanent ? <p className="tx-overview__explain">{t('job.permanent')}</p> : EXPLAIN[r.state] && <p className="tx-overview__explain">{EXPLAIN[r.state]}</p>}
        </div>
      </div>
      {r.state === 'failed' && r.error && (
        <ErrorCallout
          error={r.error}
          actions={
            permanent ? (
              <Button size="sm" icon={<TxIcon name="trash" size={13} />} onClick={() => setRemoving(true)}>
                {t('job.remove')}
              </Button>
            ) : (
              <Button size="sm" icon={<TxIcon name="refresh" size={13} />} onClick={() => void act(r.id, 'retry')}>
                Retry
              </Button>
            )
          }
        />
      )}
      <RemoveDialog recording={r} open={removing} onClose={() => setRemoving(false)} />
      {!neverStarted && (
        <section className="tx-progress-card" aria-label="Progress">
          <div className="tx-progress-card__row">
            <span className="tx-progress-card__title">{r.phase === 'preparing' ? 'Preparing audio' : r.chunks.total ? 'Chunks' : 'Progress'}</span>
            <span className="tx-progress-card__figures">{r.chunks.total ? `${r.chunks.done} of ${r.chunks.total} · ${Math.round((jobFraction(r) ?? 0) * 100)}%` : 'Splitting at pauses…'}</span>
          </div>
          {r.chunks.total > 0 ? (
            <ChunkStrip recording={r} chunks={chunks} />
          ) : (
            <ProgressBar value={jobFraction(r)} label="Transcription progress" tone={status.tone === 'warning' ? 'warning' : status.tone === 'danger' ? 'danger' : 'accent'} />
          )}
        </section>
      )}
      {!neverStarted && (
        <dl className="tx-stats">
          {stats.map(([label, value]) => (
            <div key={label} className="tx-stats__item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
