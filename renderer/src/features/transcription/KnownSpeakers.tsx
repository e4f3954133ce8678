import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useTranscriptionIntake, MAX_SPEAKERS } from '../../stores/transcription/intake';
import { SpeakerClipRow } from './SpeakerClipRow';
import { TxIcon } from './TxIcon';

/** Voices the diarizing model should recognise by name, each with a 2–10 second reference clip. */
export function KnownSpeakers() {
  const speakers = useTranscriptionIntake((s) => s.speakers);
  const addSpeaker = useTranscriptionIntake((s) => s.addSpeaker);
  const locked = useTranscriptionIntake((s) => s.phase !== 'editing');
  const { t } = useTranslation('transcription');
  return (
    <fieldset className="tx-known" disabled={locked}>
      <legend className="field__label">
        {t('speakers.known')} <span className="field__optional">{t('speakers.optional')}</span>
      </legend>
      <p className="field__help">{t('speakers.help', { max: MAX_SPEAKERS })}</p>
      {speakers.length > 0 && (
        <ul className="tx-known__list">
          {speakers.map((s) => (
            <SpeakerClipRow key={s.key} speaker={s} />
          ))}
        </ul>
      )}
      {speakers.length < MAX_SPEAKERS && (
        <Button size="sm" variant="ghost" icon={<TxIcon name="plus" size={13} />} onClick={addSpeaker}>
          {t('speakers.add')}
        </Button>
      )}
    </fieldset>
  );
}
