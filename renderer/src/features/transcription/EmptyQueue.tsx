import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Callout } from '../../components/Callout';
import { useNavigation } from '../../stores/shell/navigation';
import { useSettings } from '../../stores/settings/settings';
import { pickRecordings } from './RecordingInput';
import { TxIcon } from './TxIcon';

/** File extensions, the same in every language. */
const FORMATS = ['m4a', 'mp3', 'wav', 'webm', 'ogg', 'flac', 'aac', 'mp4', 'mov', 'mkv'].join(' · ');

/** No recordings yet: what this screen does, and a drop zone to start. */
export function EmptyQueue({ onWatchFolders }: { onWatchFolders: () => void }) {
  const model = useSettings((s) => s.settings?.defaults['audio-offline'] ?? null);
  const navigate = useNavigation((s) => s.navigate);
  const { t } = useTranslation('transcription');
  return (
    <div className="tx-empty">
      <div className="tx-dropzone empty" role="region" aria-label={t('screen.dropZone')}>
        <span className="empty__icon">
          <TxIcon name="waveform" size={26} />
        </span>
        <h2 className="empty__title">{t('screen.emptyTitle')}</h2>
        <p className="empty__description">{t('screen.emptyText')}</p>
        <ul className="tx-dropzone__points">
          <li>
            <TxIcon name="layers" size={15} /> {t('screen.pointSplit')}
          </li>
          <li>
            <TxIcon name="refresh" size={15} /> {t('screen.pointSurvive')}
          </li>
          <li>
            <TxIcon name="users" size={15} /> {t('screen.pointSpeakers')}
          </li>
        </ul>
        <div className="empty__actions">
          <Button variant="primary" size="lg" icon={<TxIcon name="upload" size={16} />} onClick={pickRecordings}>
            {t('screen.choose')}
          </Button>
          <Button size="lg" icon={<TxIcon name="folderEye" size={16} />} onClick={onWatchFolders}>
            {t('screen.watchOne')}
          </Button>
        </div>
        <p className="tx-dropzone__formats">{FORMATS}</p>
      </div>
      {!model && (
        <Callout
          tone="warning"
          title={t('screen.noModelTitle')}
          actions={
            <Button size="sm" icon={<TxIcon name="layers" size={13} />} onClick={() => navigate('settings', 'defaults')}>
              {t('screen.chooseInSettings')}
            </Button>
          }
        >
          {t('screen.noModelText')}
        </Callout>
      )}
    </div>
  );
}
