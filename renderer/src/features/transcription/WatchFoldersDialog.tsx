import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { useTranscriptionWatch } from '../../stores/transcriptionWatch';
import { AddWatchFolder } from './AddWatchFolder';
import { languageName } from './format';
import { TxIcon } from './TxIcon';

/** Folders whose new recordings are queued by themselves, each with the model it uses. */
export function WatchFoldersDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const folders = useTranscriptionWatch((s) => s.folders);
  const loadError = useTranscriptionWatch((s) => s.loadError);
  const removing = useTranscriptionWatch((s) => s.removing);
  const remove = useTranscriptionWatch((s) => s.remove);
  const load = useTranscriptionWatch((s) => s.load);
  return (
    <Modal
      open={open}
      onClose={onClose}
      size="lg"
      title="Watch folders"
      description="New recordings that appear in these folders on this computer are queued by themselves — handy for a meeting app’s export folder or a shared drive."
      footer={<Button onClick={onClose}>Done</Button>}
    >
      <div className="tx-watch">
        {loadError && <ErrorCallout error={loadError} actions={<Button size="sm" onClick={() => void load()}>Try again</Button>} />}
        {folders.length === 0 ? (
          <p className="tx-watch__empty">No folders are watched yet.</p>
        ) : (
          <ul className="tx-watch__list" aria-label="Watched folders">
            {folders.map((f) => (
              <li key={f.id} className="tx-watch__row">
                <TxIcon name="folder" size={16} className="tx-watch__icon" />
                <div className="tx-watch__text">
                  <p className="tx-watch__path mono" title={f.path}>
                    {f.path}
                  </p>
                  <p className="tx-watch__meta">
                    {f.model} · {languageName(f.language)}
                  </p>
                </div>
                <Button variant="danger-ghost" size="sm" loading={removing[f.id]} aria-label={`Stop watching ${f.path}`} onClick={() => void remove(f.id)}>
                  Stop watching
                </Button>
              </li>
            ))}
          </ul>
        )}
        <AddWatchFolder />
      </div>
    </Modal>
  );
}
