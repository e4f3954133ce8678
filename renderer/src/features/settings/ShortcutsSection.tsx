import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { KeyboardShortcut } from '../../components/KeyboardShortcut';
import { Section } from '../../components/Section';
import { ShortcutList } from '../shell/ShortcutList';

export function ShortcutsSection() {
  const { t } = useTranslation('settings');
  return (
    <Section
      title={t('shortcuts.title')}
      description={
        <>
          {t('shortcuts.descriptionBefore')} <KeyboardShortcut keys={['?']} /> {t('shortcuts.descriptionAfter')}
        </>
      }
    >
      <Card>
        <ShortcutList />
      </Card>
    </Section>
  );
}
