import { Select } from '../../components/Select';
import { LANGUAGES } from './format';

/** The spoken language, or '' to let the model detect it. */
export function LanguageSelect({ value, onChange, help }: { value: string; onChange: (v: string) => void; help?: string }) {
  return (
    <Select label="Language" value={value} onChange={onChange} help={help}>
      <option value="">Detect automatically</option>
      {!LANGUAGES.some((l) => l.code === value) && value && <option value={value}>{value}</option>}
      {LANGUAGES.map((l) => (
        <option key={l.code} value={l.code}>
          {l.label} ({l.code})
        </option>
      ))}
    </Select>
  );
}
