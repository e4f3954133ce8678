import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { useProviders } from '../../stores/settings/providers';
import { useTranscription } from '../../stores/transcription/jobs';
import { useTranscriptionIntake } from '../../stores/transcription/intake';
import { DetailPane } from './DetailPane';
import { DropOverlay } from './DropOverlay';
import { EmptyQueue } from './EmptyQueue';
import { IntakeDialog } from './IntakeDialog';
import { NoProvider } from './NoProvider';
import { QueuePanel } from './QueuePanel';
import { QueueSkeleton } from './QueueSkeleton';
import { RecordingInput } from './RecordingInput';
import { ScreenHeader } from './ScreenHeader';
import { useFileDrop } from './useFileDrop';
import { useLive } from '../../stores/live/live';
import { LivePanel } from '../live/LivePanel';
import { useTranscriptionShortcuts } from './useTranscriptionShortcuts';
import { WatchFoldersDialog } from './WatchFoldersDialog';
import '../../styles/transcription.css';
import '../../styles/transcription-search.css';
import '../../styles/transcription-queue.css';
import '../../styles/transcription-overview.css';
import '../../styles/transcription-viewer.css';
import '../../styles/transcription-toolbar.css';
import '../../styles/transcription-segments.css';
import '../../styles/transcription-minutes.css';
import '../../styles/transcription-dialogs.css';

/** Meeting recordings in a background queue: intake, the queue, and the transcript of the open one. */
export function TranscriptionScreen() {
  useTranscriptionShortcuts();
  const providersLoaded = useProviders((s) => s.loaded);
  const noProvider = useProviders((s) => s.loaded && s.providers.length === 0);
  const loaded = useTranscription((s) => s.loaded);
  const loadError = useTranscription((s) => s.loadError);
  const count = useTranscription((s) => s.items.length);
  const load = useTranscription((s) => s.load);
  const offer = useTranscriptionIntake((s) => s.offer);
  const [watching, setWatching] = useState(false);
  const { t } = useTranslation('transcription');
  const ready = providersLoaded && !noProvider;
  const drop = useFileDrop(offer, ready);

  const liveOpen = useLive((s) => s.open);
  let body;
  if (noProvider) body = <NoProvider />;
  else if (liveOpen) body = <LivePanel />;
  else if (!loaded || !providersLoaded) body = <QueueSkeleton />;
  else if (loadError && count === 0)
    body = (
      <div className="tx-empty">
        <ErrorCallout error={loadError} actions={<Button size="sm" onClick={() => void load()}>{t('screen.tryAgain')}</Button>} />
      </div>
    );
  else if (count === 0) body = <EmptyQueue onWatchFolders={() => setWatching(true)} />;
  else
    body = (
      <div className="tx-body">
        <QueuePanel />
        <DetailPane />
      </div>
    );

  return (
    <div className="tx" data-testid="transcription-screen">
      <ScreenHeader ready={ready && loaded} onWatchFolders={() => setWatching(true)} />
      {body}
      {ready && <RecordingInput />}
      <DropOverlay visible={drop.dragging} />
      <IntakeDialog />
      <WatchFoldersDialog open={watching} onClose={() => setWatching(false)} />
    </div>
  );
}
