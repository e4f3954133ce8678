import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useLive } from '../../stores/live/live';
import { useScreenMeta } from '../shell/useScreenMeta';
import { PageHeader } from '../shell/PageHeader';
import { GlobalSearch } from './GlobalSearch';
import { pickRecordings } from './RecordingInput';
import { TxIcon } from './TxIcon';

/** Title, the search across transcripts, watch folders and "Add recordings". */
export function ScreenHeader({ ready, onWatchFolders }: { ready: boolean; onWatchFolders: () => void }) {
  const meta = useScreenMeta('transcription');
  const { t } = useTranslation('live');
  const { t: tx } = useTranslation('transcription');
  // The recorder is already on screen (setting up or recording): a second press would do nothing.
  const liveOpen = useLive((s) => s.open);
  return (
    <div className="tx-header">
      <PageHeader
        title={meta.title}
        description={meta.description}
        actions={
          ready ? (
            <>
              <GlobalSearch />
              <Button icon={<TxIcon name="folderEye" size={15} />} onClick={onWatchFolders}>
                {tx('screen.watchFolders')}
              </Button>
              <Button icon={<TxIcon name="mic" size={15} />} onClick={() => useLive.getState().show()} disabled={liveOpen} data-testid="live-open">
                {t('open')}
              </Button>
              <Button variant="primary" icon={<TxIcon name="upload" size={15} />} onClick={pickRecordings}>
                {tx('screen.addRecordings')}
              </Button>
            </>
          ) : undefined
        }
      />
    </div>
  );
}
