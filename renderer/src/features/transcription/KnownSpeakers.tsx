import { Button } from '../../components/Button';
import { useTranscriptionIntake, MAX_SPEAKERS } from '../../stores/transcriptionIntake';
import { SpeakerClipRow } from './SpeakerClipRow';
import { TxIcon } from './TxIcon';

/** Voices the diarizing model should recognise by name, each with a 2–10 second reference clip. */
export function KnownSpeakers() {
  const speakers = useTranscriptionIntake((s) => s.speakers);
  const addSpeaker = useTranscriptionIntake((s) => s.addSpeaker);
  const locked = useTranscriptionIntake((s) => s.phase !== 'editing');
  return (
    <fieldset className="tx-known" disabled={locked}>
      <legend className="field__label">
        Known speakers <span className="field__optional">Optional</span>
      </legend>
      <p className="field__help">Without them speakers are labelled A, B, … and you can name them afterwards. With a short clip of each voice the model uses their names (up to {MAX_SPEAKERS}).</p>
      {speakers.length > 0 && (
        <ul className="tx-known__list">
          {speakers.map((s) => (
            <SpeakerClipRow key={s.key} speaker={s} />
          ))}
        </ul>
      )}
      {speakers.length < MAX_SPEAKERS && (
        <Button size="sm" variant="ghost" icon={<TxIcon name="plus" size={13} />} onClick={addSpeaker}>
          Add a known speaker
        </Button>
      )}
    </fieldset>
  );
}
