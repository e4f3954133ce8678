import { Card } from '../../components/Card';
import { KeyboardShortcut } from '../../components/KeyboardShortcut';
import { Section } from '../../components/Section';
import { ShortcutList } from '../shell/ShortcutList';

export function ShortcutsSection() {
  return (
    <Section
      title="Keyboard shortcuts"
      description={
        <>
          Press <KeyboardShortcut keys={['?']} /> anywhere outside a text field to see these.
        </>
      }
    >
      <Card>
        <ShortcutList />
      </Card>
    </Section>
  );
}
