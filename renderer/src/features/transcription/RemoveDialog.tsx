import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTranscription } from '../../stores/transcription/jobs';
import { useTranscriptionDetail } from '../../stores/transcription/detail';

/** Asks before a recording and its transcript are deleted. */
export function RemoveDialog({ recording: r, open, onClose }: { recording: RecordingView; open: boolean; onClose: () => void }) {
  const remove = useTranscription((s) => s.remove);
  const busy = useTranscription((s) => s.busy[r.id] === 'remove');
  const { t } = useTranslation('transcription');
  return (
    <ConfirmDialog
      open={open}
      title={t('remove.title', { name: r.name })}
      confirmLabel={t('remove.confirm')}
      busy={busy}
      onCancel={onClose}
      onConfirm={async () => {
        const removed = await remove(r.id);
        if (!removed) return;
        onClose();
        if (useTranscriptionDetail.getState().openId === r.id) useTranscriptionDetail.getState().close();
      }}
    >
      {r.state !== 'done' && r.state !== 'failed' && r.state !== 'cancelled' ? t('remove.textRunning') : t('remove.text')}
    </ConfirmDialog>
  );
}
