import { TextArea } from '../../components/TextArea';
import { usesSpeakers, useTranscriptionIntake } from '../../stores/transcriptionIntake';
import { KnownSpeakers } from './KnownSpeakers';
import { LanguageSelect } from './LanguageSelect';
import { ModelSelect } from './ModelSelect';

/** Model, language, vocabulary, and (for the diarizing model) known speakers. */
export function IntakeOptions() {
  const model = useTranscriptionIntake((s) => s.model);
  const language = useTranscriptionIntake((s) => s.language);
  const prompt = useTranscriptionIntake((s) => s.prompt);
  const locked = useTranscriptionIntake((s) => s.phase !== 'editing');
  const { setModel, setLanguage, setPrompt } = useTranscriptionIntake.getState();
  return (
    <fieldset className="tx-options" disabled={locked}>
      <legend className="visually-hidden">Options</legend>
      <div className="tx-options__row">
        <ModelSelect value={model} onChange={setModel} help={model ? undefined : 'Pick one, or set a default in Settings → Default models.'} />
        <LanguageSelect value={language} onChange={setLanguage} />
      </div>
      <TextArea
        label="Vocabulary"
        optional
        rows={2}
        value={prompt}
        onChange={setPrompt}
        maxLength={2000}
        placeholder="Names, products and jargon, e.g. Atelier, Ana Lima, OKRs, Kubernetes"
        help="Helps the model spell the words your team uses."
      />
      {usesSpeakers(model) && <KnownSpeakers />}
    </fieldset>
  );
}
