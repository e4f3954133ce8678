import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/Button';
import { useTranscription } from '../../stores/transcription';
import { hours } from './format';
import { useMoney } from './hooks';
import { JobCard } from './JobCard';
import { TxIcon } from './TxIcon';

/** Every recording, newest first, with the queue's totals and its pause switch. */
export function QueuePanel() {
  const ids = useTranscription(useShallow((s) => s.items.map((r) => r.id)));
  const totals = useTranscription(
    useShallow((s) => ({
      audioMs: s.items.reduce((n, r) => n + (r.durationMs ?? 0), 0),
      cost: s.items.reduce((n, r) => n + r.costMicros, 0),
      active: s.items.filter((r) => r.state !== 'done' && r.state !== 'failed' && r.state !== 'cancelled').length,
    })),
  );
  const paused = useTranscription((s) => s.queuePaused);
  const setQueuePaused = useTranscription((s) => s.setQueuePaused);
  const money = useMoney();
  return (
    <aside className="tx-queue" aria-label="Queue">
      <header className="tx-queue__head">
        <div className="tx-queue__title-row">
          <h2 className="tx-queue__title">Queue</h2>
          <Button
            size="sm"
            variant={paused ? 'primary' : 'ghost'}
            icon={<TxIcon name={paused ? 'play' : 'pause'} size={13} />}
            onClick={() => void setQueuePaused(!paused)}
          >
            {paused ? 'Resume queue' : 'Pause queue'}
          </Button>
        </div>
        <dl className="tx-totals" aria-label="Queue totals">
          <div>
            <dt>Jobs</dt>
            <dd>
              {ids.length}
              {totals.active > 0 && <span className="tx-totals__sub"> · {totals.active} active</span>}
            </dd>
          </div>
          <div>
            <dt>Audio</dt>
            <dd>{hours(totals.audioMs)}</dd>
          </div>
          <div>
            <dt>Cost</dt>
            <dd>{money(totals.cost)}</dd>
          </div>
        </dl>
        {paused && <p className="tx-queue__paused">The queue is paused: nothing new starts until you resume it.</p>}
      </header>
      <ul className="tx-queue__list" aria-label="Recordings">
        {ids.map((id) => (
          <JobCard key={id} id={id} />
        ))}
      </ul>
    </aside>
  );
}
