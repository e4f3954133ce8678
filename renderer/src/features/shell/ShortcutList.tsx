import { KeyboardShortcut } from '../../components/KeyboardShortcut';
import { SHORTCUTS } from '../../lib/shortcuts';

export function ShortcutList() {
  return (
    <dl className="shortcut-list">
      {SHORTCUTS.map((s) => (
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
