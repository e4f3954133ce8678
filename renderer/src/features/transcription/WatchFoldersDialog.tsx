import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Modal } from '../../components/Modal';
import { useTranscriptionWatch } from '../../stores/transcription/watch';
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
  const { t } = useTranslation('transcription');
  return (
    <Modal
      open={open}
      onClose={onClose}
      size="lg"
      title={t('watch.title')}
      description={t('watch.description')}
      footer={<Button onClick={onClose}>{t('watch.done')}</Button>}
    >
      <div className="tx-watch">
        {loadError && <ErrorCallout error={loadError} actions={<Button size="sm" onClick={() => void load()}>{t('watch.tryAgain')}</Button>} />}
        {folders.length === 0 ? (
          <p className="tx-watch__empty">{t('watch.empty')}</p>
        ) : (
          <ul className="tx-watch__list" aria-label={t('watch.list')}>
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
                <Button variant="danger-ghost" size="sm" loading={removing[f.id]} aria-label={t('watch.stopNamed', { path: f.path })} onClick={() => void remove(f.id)}>
                  {t('watch.stop')}
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
