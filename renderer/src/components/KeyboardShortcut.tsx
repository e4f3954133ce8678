export interface KeyboardShortcutProps {
  keys: string[];
}

/** A key combination as keycaps, e.g. Ctrl + 1. */
export function KeyboardShortcut({ keys }: KeyboardShortcutProps) {
  return (
    <span className="kbd-group">
      <span className="visually-hidden">{keys.join(' + ')}</span>
      {keys.map((k) => (
        <kbd key={k} className="kbd" aria-hidden="true">
          {k}
        </kbd>
      ))}
    </span>
  );
}
