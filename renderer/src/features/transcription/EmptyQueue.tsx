import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { useNavigation } from '../../stores/navigation';
import { useSettings } from '../../stores/settings';
import { pickRecordings } from './RecordingInput';
import { TxIcon } from './TxIcon';

/** No recordings yet: what this screen does, and a drop zone to start. */
export function EmptyQueue({ onWatchFolders }: { onWatchFolders: () => void }) {
  const model = useSettings((s) => s.settings?.defaults['audio-offline'] ?? null);
  const navigate = useNavigation((s) => s.navigate);
  return (
    <div className="tx-empty">
      <div className="tx-dropzone empty" role="region" aria-label="Drop zone">
        <span className="empty__icon">
          <TxIcon name="waveform" size={26} />
        </span>
        <h2 className="empty__title">Drop meeting recordings here</h2>
        <p className="empty__description">Add meeting recordings and walk away: they are transcribed in the background, and the queue picks up where it stopped if the laptop sleeps or the app closes.</p>
        <ul className="tx-dropzone__points">
          <li>
            <TxIcon name="layers" size={15} /> Split at pauses, stitched back with timestamps
          </li>
          <li>
            <TxIcon name="refresh" size={15} /> Survives sleep, lost Wi-Fi and restarts
          </li>
          <li>
            <TxIcon name="users" size={15} /> Speakers, search, minutes and exports
          </li>
        </ul>
        <div className="empty__actions">
          <Button variant="primary" size="lg" icon={<TxIcon name="upload" size={16} />} onClick={pickRecordings}>
            Choose recordings
          </Button>
          <Button size="lg" icon={<TxIcon name="folderEye" size={16} />} onClick={onWatchFolders}>
            Watch a folder
          </Button>
        </div>
        <p className="tx-dropzone__formats">m4a · mp3 · wav · webm · ogg · flac · aac · mp4 · mov · mkv</p>
      </div>
      {!model && (
        <Callout
          tone="warning"
          title="No transcription model is chosen yet"
          actions={
            <Button size="sm" icon={<TxIcon name="layers" size={13} />} onClick={() => navigate('settings', 'defaults')}>
              Choose in Settings
            </Button>
          }
        >
          You can pick one each time you add recordings, or set a default in Settings → Default models.
        </Callout>
      )}
    </div>
  );
}
