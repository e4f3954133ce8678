import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { clipProblem, usesSpeakers, useTranscriptionIntake } from '../../stores/transcription/intake';
import { IntakeFileList } from './IntakeFileList';
import { IntakeOptions } from './IntakeOptions';
import { IntakeSummary } from './IntakeSummary';
import { UploadProgress } from './UploadProgress';
import { TxIcon } from './TxIcon';

/** Confirm before anything is sent: the files, their length and estimate, the options, then upload and queue. */
export function IntakeDialog() {
  const open = useTranscriptionIntake((s) => s.open);
  const files = useTranscriptionIntake((s) => s.files);
  const refused = useTranscriptionIntake((s) => s.refused);
  const phase = useTranscriptionIntake((s) => s.phase);
  const error = useTranscriptionIntake((s) => s.error);
  const model = useTranscriptionIntake((s) => s.model);
  const speakersOk = useTranscriptionIntake((s) => !usesSpeakers(s.model) || s.speakers.every((sp) => sp.name.trim() !== '' && sp.clip !== null && clipProblem(sp.clip) === null && sp.clip.durationMs !== undefined));
  const { dismiss, start } = useTranscriptionIntake.getState();
  const reading = files.some((f) => f.durationMs === undefined);
  const busy = phase !== 'editing';
  const { t } = useTranslation('transcription');
  const title = files.length === 0 ? t('intakeDialog.nothing') : files.length === 1 ? t('intakeDialog.one', { name: files[0]!.file.name }) : t('intakeDialog.many', { count: files.length });

  return (
    <Modal
      open={open}
      onClose={dismiss}
      dismissible={!busy}
      size="lg"
      className="tx-intake"
      title={title}
      description={files.length ? t('intakeDialog.description') : undefined}
      footer={
        <>
          <p className="modal__footer-start tx-intake__note">
            <TxIcon name="shield" size={13} /> {t('intakeDialog.background')}
          </p>
          <Button onClick={dismiss} data-autofocus>
            {busy ? t('intakeDialog.stopUpload') : t('intakeDialog.cancel')}
          </Button>
          <Button
            variant="primary"
            loading={busy}
            disabled={files.length === 0 || !model || reading || !speakersOk}
            icon={<TxIcon name="play" size={13} />}
            onClick={() => void start()}
          >
            {t('intakeDialog.start')}
          </Button>
        </>
      }
    >
      <div className="tx-intake__body">
        {refused.length > 0 && (
          <Callout tone="warning" title={t('intakeDialog.leftOut', { count: refused.length })}>
            <ul className="tx-intake__refused">
              {refused.map((r) => (
                <li key={r.name}>{r.reason}</li>
              ))}
            </ul>
          </Callout>
        )}
        {files.length > 0 && (
          <>
            <IntakeFileList />
            <IntakeSummary />
            <IntakeOptions />
          </>
        )}
        {phase !== 'editing' && <UploadProgress />}
        {error && <ErrorCallout error={error} />}
      </div>
    </Modal>
  );
}
