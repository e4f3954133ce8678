import { ProgressBar } from '../../components/ProgressBar';
import { useTranscriptionIntake } from '../../stores/transcriptionIntake';
import { bytes } from './format';

/** How far the upload has come; queuing follows by itself. */
export function UploadProgress() {
  const progress = useTranscriptionIntake((s) => s.progress);
  const phase = useTranscriptionIntake((s) => s.phase);
  if (!progress) return null;
  const fraction = progress.total ? progress.sent / progress.total : 0;
  return (
    <div className="tx-upload" role="status" aria-live="polite">
      <div className="tx-upload__row">
        <span>{phase === 'adding' ? 'Adding to the queue…' : `Uploading ${progress.current}`}</span>
        <span className="tx-upload__figures">
          {bytes(progress.sent)} of {bytes(progress.total)}
        </span>
      </div>
      <ProgressBar value={phase === 'adding' ? null : fraction} label="Upload progress" />
    </div>
  );
}
