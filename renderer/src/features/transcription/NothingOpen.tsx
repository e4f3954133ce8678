import { useTranslation } from 'react-i18next';
import { TxIcon } from './TxIcon';

/** The detail pane before a recording is picked. */
export function NothingOpen() {
  const { t } = useTranslation('transcription');
  return (
    <div className="tx-nothing">
      <span className="tx-nothing__icon">
        <TxIcon name="fileAudio" size={22} />
      </span>
      <p className="tx-nothing__title">{t('screen.nothingTitle')}</p>
      <p className="tx-nothing__text">{t('screen.nothingText')}</p>
    </div>
  );
}
