import { useTranslation } from 'react-i18next';
import { TextArea } from '../../components/TextArea';
import { usesSpeakers, useTranscriptionIntake } from '../../stores/transcription/intake';
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
  const { t } = useTranslation('transcription');
  return (
    <fieldset className="tx-options" disabled={locked}>
      <legend className="visually-hidden">{t('intakeDialog.options')}</legend>
      <div className="tx-options__row">
        <ModelSelect value={model} onChange={setModel} help={model ? undefined : t('intakeDialog.pickModel')} />
        <LanguageSelect value={language} onChange={setLanguage} />
      </div>
      <TextArea
        label={t('intakeDialog.vocabulary')}
        optional
        rows={2}
        value={prompt}
        onChange={setPrompt}
        maxLength={2000}
        placeholder={t('intakeDialog.vocabularyPlaceholder')}
        help={t('intakeDialog.vocabularyHelp')}
      />
      {usesSpeakers(model) && <KnownSpeakers />}
    </fieldset>
  );
}
