import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { ProgressBar } from '../../components/ProgressBar';
import { Spinner } from '../../components/Spinner';
import { cx } from '../../lib/cx';
import { useTranscription } from '../../stores/transcription/jobs';
import { useTranscriptionDetail } from '../../stores/transcription/detail';
import { ChunkStrip } from './ChunkStrip';
import { elapsedMs, etaMs } from './eta';
import { clock, span } from './format';
import { useMoney, useNow } from './hooks';
import { RemoveDialog } from './RemoveDialog';
import { isPermanentFailure, jobFraction, jobStatus } from './status';
import { TxIcon } from './TxIcon';

/** States whose overview says what happens next (the others speak for themselves). */
const EXPLAINED = ['queued', 'waiting_network', 'paused', 'cancelled', 'failed'] as const;
const explained = (state: RecordingView['state']): state is (typeof EXPLAINED)[number] => (EXPLAINED as readonly string[]).includes(state);

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
    [t('overview.elapsed'), elapsed === null ? '—' : clock(elapsed)],
    [t('overview.timeLeft'), eta === null ? (r.state === 'running' ? t('overview.estimating') : '—') : eta < 5000 ? t('overview.almostDone') : t('overview.about', { time: span(eta) })],
    [t('overview.costSoFar'), money(r.costMicros)],
    [t('overview.estimate'), r.estimateMicros === null ? t('overview.priceUnknown') : `~${money(r.estimateMicros)}`],
    [t('overview.chunks'), r.chunks.total ? t('overview.chunksOf', { done: r.chunks.done, total: r.chunks.total }) : t('overview.notSplit')],
    [t('overview.length'), r.durationMs === null ? t('overview.notRead') : clock(r.durationMs)],
  ];
  return (
    <div className="tx-detail__pad tx-overview">
      <div className={cx('tx-overview__status', `tone-${status.tone}`)}>
        <span className="tx-overview__icon">{status.active ? <Spinner /> : <TxIcon name={status.icon} size={20} />}</span>
        <div>
          <p className="tx-overview__label">{status.label}</p>
          {permanent ? <p className="tx-overview__explain">{t('job.permanent')}</p> : explained(r.state) && <p className="tx-overview__explain">{t(`overview.explain.${r.state}`)}</p>}
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
                {t('overview.retry')}
              </Button>
            )
          }
        />
      )}
      <RemoveDialog recording={r} open={removing} onClose={() => setRemoving(false)} />
      {!neverStarted && (
        <section className="tx-progress-card" aria-label={t('overview.progress')}>
          <div className="tx-progress-card__row">
            <span className="tx-progress-card__title">{r.phase === 'preparing' ? t('overview.preparing') : r.chunks.total ? t('overview.chunks') : t('overview.progress')}</span>
            <span className="tx-progress-card__figures">{r.chunks.total ? t('overview.figures', { done: r.chunks.done, total: r.chunks.total, percent: Math.round((jobFraction(r) ?? 0) * 100) }) : t('overview.splitting')}</span>
          </div>
          {r.chunks.total > 0 ? (
            <ChunkStrip recording={r} chunks={chunks} />
          ) : (
            <ProgressBar value={jobFraction(r)} label={t('overview.progressLabel')} tone={status.tone === 'warning' ? 'warning' : status.tone === 'danger' ? 'danger' : 'accent'} />
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
