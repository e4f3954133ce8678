import { useTranslation } from 'react-i18next';
import type { RecordingView } from '../../../../shared/contract';
import { Tabs } from '../../components/Tabs';
import { useTranscriptionDetail, type DetailTab } from '../../stores/transcription/detail';
import { MinutesPanel } from './MinutesPanel';
import { TranscriptTab } from './TranscriptTab';


/** A finished recording: the transcript with playback, and its minutes. */
export function TranscriptView({ recording }: { recording: RecordingView }) {
  const tab = useTranscriptionDetail((s) => s.tab);
  const setTab = useTranscriptionDetail((s) => s.setTab);
  const { t } = useTranslation('transcription');
  const tabs = [
    { id: 'transcript', label: t('detail.transcript'), icon: 'file' },
    { id: 'minutes', label: t('detail.minutes'), icon: 'sparkles' },
  ] as const satisfies readonly { id: DetailTab; label: string; icon: 'file' | 'sparkles' }[];
  return (
    <div className="tx-viewer">
      <Tabs items={tabs} value={tab} onChange={setTab} label={t('detail.views')}>
        {tab === 'transcript' ? <TranscriptTab recording={recording} /> : <MinutesPanel recording={recording} />}
      </Tabs>
    </div>
  );
}
