import type { ThemePreference } from '../../../../shared/contract';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Card } from '../../components/Card';
import { Section } from '../../components/Section';
import { useSettings } from '../../stores/settings';

export function AppearanceSection() {
  const theme = useSettings((s) => s.settings?.theme ?? 'system');
  const setTheme = useSettings((s) => s.setTheme);
  return (
    <Section title="Appearance" description="Atelier follows your system's light or dark setting unless you choose one here.">
      <Card>
        <ChoiceGroup<ThemePreference>
          label="Theme"
          variant="cards"
          value={theme}
          onChange={(t) => void setTheme(t)}
          options={[
            { value: 'system', label: 'System', description: 'Match the operating system', icon: 'monitor' },
            { value: 'light', label: 'Light', description: 'Always light', icon: 'sun' },
            { value: 'dark', label: 'Dark', description: 'Always dark', icon: 'moon' },
          ]}
        />
      </Card>
    </Section>
  );
}
