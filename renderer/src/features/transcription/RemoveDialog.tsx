import type { RecordingView } from '../../../../shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTranscription } from '../../stores/transcription';
import { useTranscriptionDetail } from '../../stores/transcriptionDetail';

/** Asks before a recording and its transcript are deleted. */
export function RemoveDialog({ recording: r, open, onClose }: { recording: RecordingView; open: boolean; onClose: () => void }) {
  const remove = useTranscription((s) => s.remove);
  const busy = useTranscription((s) => s.busy[r.id] === 'remove');
  return (
    <ConfirmDialog
      open={open}
      title={`Remove ${r.name}?`}
      confirmLabel="Remove"
      busy={busy}
      onCancel={onClose}
      onConfirm={async () => {
        const removed = await remove(r.id);
        if (!removed) return;
        onClose();
        if (useTranscriptionDetail.getState().openId === r.id) useTranscriptionDetail.getState().close();
      }}
    >
      The recording, its transcript, speaker names and minutes are deleted from this machine.
      {r.state !== 'done' && r.state !== 'failed' && r.state !== 'cancelled' ? ' Its transcription stops now.' : ''} Costs already recorded stay in Usage.
    </ConfirmDialog>
  );
}
