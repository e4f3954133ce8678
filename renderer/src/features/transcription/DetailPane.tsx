import { ErrorCallout } from '../../components/ErrorCallout';
import { Button } from '../../components/Button';
import { useTranscription } from '../../stores/transcription';
import { useTranscriptionDetail } from '../../stores/transcriptionDetail';
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

  let body;
  if (!openId || !recording) body = <NothingOpen />;
  else if (error && !hasDetail)
    body = (
      <div className="tx-detail__pad">
        <ErrorCallout error={error} actions={<Button size="sm" onClick={() => void reload()}>Try again</Button>} />
      </div>
    );
  else if (!hasDetail) body = <DetailSkeleton />;
  else if (recording.state === 'done') body = <TranscriptView key={recording.id} recording={recording} />;
  else body = <JobOverview key={recording.id} recording={recording} />;

  return (
    <section className="tx-detail" aria-label={recording ? `Recording ${recording.name}` : 'Recording'}>
      {openId && recording && <DetailHeader recording={recording} />}
      {body}
    </section>
  );
}
