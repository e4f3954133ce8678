import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ProgressBar';
import { useTranscriptionIntake } from '../../stores/transcription/intake';
import { bytes } from './format';

/** How far the upload has come; queuing follows by itself. */
export function UploadProgress() {
  const progress = useTranscriptionIntake((s) => s.progress);
  const phase = useTranscriptionIntake((s) => s.phase);
  const { t } = useTranslation('transcription');
  if (!progress) return null;
  const fraction = progress.total ? progress.sent / progress.total : 0;
  return (
    <div className="tx-upload" role="status" aria-live="polite">
      <div className="tx-upload__row">
        <span>{phase === 'adding' ? t('intakeDialog.adding') : t('intakeDialog.uploading', { name: progress.current })}</span>
        <span className="tx-upload__figures">
          {t('intakeDialog.uploaded', { sent: bytes(progress.sent), total: bytes(progress.total) })}
        </span>
      </div>
      <ProgressBar value={phase === 'adding' ? null : fraction} label={t('intakeDialog.uploadProgress')} />
    </div>
  );
}
