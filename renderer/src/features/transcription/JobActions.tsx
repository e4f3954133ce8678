import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { Menu, type MenuItem } from '../../components/Menu';
import { useTranscription } from '../../stores/transcription/jobs';
import { RemoveDialog } from './RemoveDialog';
import { canCancel, canPause, canResume, canRetry, isPermanentFailure } from './status';
import { TxIcon } from './TxIcon';

/** Pause, resume or retry in one click; cancel and remove behind the "more" menu. */
export function JobActions({ recording: r, labels = false }: { recording: RecordingView; labels?: boolean }) {
  const { t } = useTranslation('transcription');
  const act = useTranscription((s) => s.act);
  const busy = useTranscription((s) => s.busy[r.id]);
  const [removing, setRemoving] = useState(false);
  const items: MenuItem[] = [];
  if (r.state === 'queued' || r.state === 'paused' || r.state === 'waiting_network') {
    items.push({ label: t('queue.next'), icon: 'arrowUp', onSelect: () => void act(r.id, 'prioritize') });
  }
  if (canCancel(r)) items.push({ label: t('queue.cancel'), icon: 'x', onSelect: () => void act(r.id, 'cancel') });
  items.push({ label: t('queue.removeMenu'), icon: 'trash', danger: true, onSelect: () => setRemoving(true) });

  const primary = canPause(r)
    ? { action: 'pause' as const, label: t('queue.pauseJob'), icon: 'pause' as const }
    : canResume(r)
      ? { action: 'resume' as const, label: t('queue.resumeJob'), icon: 'play' as const }
      : canRetry(r)
        ? { action: 'retry' as const, label: t('queue.retry'), icon: 'refresh' as const }
        : null;

  return (
    <div className="tx-job__actions">
      {isPermanentFailure(r) && (
        <Button size="sm" variant="secondary" aria-label={t('job.removeNamed', { name: r.name })} title={t('job.remove')} icon={<TxIcon name="trash" size={14} />} onClick={() => setRemoving(true)}>
          {t('job.remove')}
        </Button>
      )}
      {primary && (
        <Button
          size="sm"
          variant={primary.action === 'retry' ? 'secondary' : 'ghost'}
          iconOnly={!labels && primary.action !== 'retry'}
          aria-label={t('queue.actionNamed', { action: primary.label, name: r.name })}
          title={primary.label}
          loading={busy === primary.action}
          icon={<TxIcon name={primary.icon} size={14} />}
          onClick={() => void act(r.id, primary.action)}
        >
          {labels || primary.action === 'retry' ? primary.label : null}
        </Button>
      )}
      <Menu label={t('queue.moreActions', { name: r.name })} items={items} />
      <RemoveDialog recording={r} open={removing} onClose={() => setRemoving(false)} />
    </div>
  );
}
