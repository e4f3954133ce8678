import { useTranslation } from 'react-i18next';
import { KeyboardShortcut } from '../../components/KeyboardShortcut';
import { shortcuts } from '../../lib/shortcuts';

export function ShortcutList() {
  const { t } = useTranslation('shell');
  return (
    <dl className="shortcut-list">
      {shortcuts(t).map((s) => (
        <div className="shortcut-list__row" key={s.label}>
          <dt>{s.label}</dt>
          <dd>
            <KeyboardShortcut keys={s.keys} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
