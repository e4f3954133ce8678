import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Button } from '../../components/Button';
import { useTranscription } from '../../stores/transcription/jobs';
import { useTranscriptionDetail } from '../../stores/transcription/detail';
import { DetailHeader } from './DetailHeader';
import { DetailSkeleton } from './DetailSkeleton';
import { JobOverview } from './JobOverview';
import { NothingOpen } from './NothingOpen';
import { TranscriptView } from './TranscriptView';

/** The open recording: its transcript when finished, otherwise where its job stands. */
export function DetailPane() {
  const openId = useTranscriptionDetail((s) => s.openId);
  const recording = useTranscription((s) => s.items.find((r) => r.id === openId));
  const hasDetail = useTranscriptionDetail((s) => s.detail !== null && s.detail.recording.id === openId);
  const error = useTranscriptionDetail((s) => s.error);
  const reload = useTranscriptionDetail((s) => s.reload);
  const { t } = useTranslation('transcription');

  let body;
  if (!openId || !recording) body = <NothingOpen />;
  else if (error && !hasDetail)
    body = (
      <div className="tx-detail__pad">
        <ErrorCallout error={error} actions={<Button size="sm" onClick={() => void reload()}>{t('screen.tryAgain')}</Button>} />
      </div>
    );
  else if (!hasDetail) body = <DetailSkeleton />;
  else if (recording.state === 'done') body = <TranscriptView key={recording.id} recording={recording} />;
  else body = <JobOverview key={recording.id} recording={recording} />;

  return (
    <section className="tx-detail" aria-label={recording ? t('detail.recordingNamed', { name: recording.name }) : t('detail.recording')}>
      {openId && recording && <DetailHeader recording={recording} />}
      {body}
    </section>
  );
}
