import type { RecordingView } from '../../../../shared/contract';
import { Tabs } from '../../components/Tabs';
import { useTranscriptionDetail, type DetailTab } from '../../stores/transcriptionDetail';
import { MinutesPanel } from './MinutesPanel';
import { TranscriptTab } from './TranscriptTab';

const TABS = [
  { id: 'transcript', label: 'Transcript', icon: 'file' },
  { id: 'minutes', label: 'Minutes', icon: 'sparkles' },
] as const satisfies readonly { id: DetailTab; label: string; icon: 'file' | 'sparkles' }[];

/** A finished recording: the transcript with playback, and its minutes. */
export function TranscriptView({ recording }: { recording: RecordingView }) {
  const tab = useTranscriptionDetail((s) => s.tab);
  const setTab = useTranscriptionDetail((s) => s.setTab);
  return (
    <div className="tx-viewer">
      <Tabs items={TABS} value={tab} onChange={setTab} label="Recording views">
        {tab === 'transcript' ? <TranscriptTab recording={recording} /> : <MinutesPanel recording={recording} />}
      </Tabs>
    </div>
  );
}
