import { useTranslation } from 'react-i18next';
import type { LanguagePreference, ThemePreference } from '../../../../shared/contract';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Card } from '../../components/Card';
import { Section } from '../../components/Section';
import { useSettings } from '../../stores/settings/settings';

export function AppearanceSection() {
  const { t } = useTranslation('settings');
  const theme = useSettings((s) => s.settings?.theme ?? 'system');
  const language = useSettings((s) => s.settings?.language ?? 'system');
  const setTheme = useSettings((s) => s.setTheme);
  const setLanguage = useSettings((s) => s.setLanguage);
  const themes: ThemePreference[] = ['system', 'light', 'dark'];
  const languages: LanguagePreference[] = ['system', 'en', 'zh-CN'];
  const themeIcon = { system: 'monitor', light: 'sun', dark: 'moon' } as const;
  return (
    <Section title={t('appearance.title')} description={t('appearance.description')}>
      <Card>
        <ChoiceGroup<ThemePreference>
          label={t('appearance.theme')}
          variant="cards"
          value={theme}
          onChange={(v) => void setTheme(v)}
          options={themes.map((v) => ({ value: v, label: t(`appearance.themes.${v}.label`), description: t(`appearance.themes.${v}.description`), icon: themeIcon[v] }))}
        />
      </Card>
      <Card>
        <ChoiceGroup<LanguagePreference>
          label={t('appearance.language')}
          variant="cards"
          value={language}
          onChange={(v) => void setLanguage(v)}
          options={languages.map((v) => ({ value: v, label: t(`appearance.languages.${v}.label`), description: t(`appearance.languages.${v}.description`), icon: v === 'system' ? 'monitor' : undefined }))}
        />
      </Card>
    </Section>
  );
}
