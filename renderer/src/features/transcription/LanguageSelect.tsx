import { useTranslation } from 'react-i18next';
import { Select } from '../../components/Select';
import { LANGUAGES, languageName } from './format';

/** The spoken language, or '' to let the model detect it. */
export function LanguageSelect({ value, onChange, help }: { value: string; onChange: (v: string) => void; help?: string }) {
  const { t } = useTranslation('transcription');
  return (
    <Select label={t('intakeDialog.language')} value={value} onChange={onChange} help={help}>
      <option value="">{t('intakeDialog.detect')}</option>
      {!LANGUAGES.some((l) => l.code === value) && value && <option value={value}>{value}</option>}
      {LANGUAGES.map((l) => (
        <option key={l.code} value={l.code}>
          {languageName(l.code)} ({l.code})
        </option>
      ))}
    </Select>
  );
}
