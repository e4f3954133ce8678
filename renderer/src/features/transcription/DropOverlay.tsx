import { useTranslation } from 'react-i18next';
import { TxIcon } from './TxIcon';

/** Covers the screen while files are dragged over it. */
export function DropOverlay({ visible }: { visible: boolean }) {
  const { t } = useTranslation('transcription');
  if (!visible) return null;
  return (
    <div className="tx-drop-overlay" aria-hidden="true">
      <div className="tx-drop-overlay__panel">
        <span className="tx-drop-overlay__icon">
          <TxIcon name="upload" size={26} />
        </span>
        <p className="tx-drop-overlay__title">{t('screen.dropTitle')}</p>
        <p className="tx-drop-overlay__hint">{t('screen.dropHint')}</p>
      </div>
    </div>
  );
}
