/** Keyboard conventions of the machine the window runs on. */
const platform = typeof navigator === 'undefined' ? '' : navigator.platform || navigator.userAgent;

export const isMac = /Mac|iPhone|iPad/i.test(platform);

/** How the command modifier is written in shortcut hints. */
export const MOD_LABEL = isMac ? '⌘' : 'Ctrl';

/** Cmd on macOS, Ctrl elsewhere, and not both. */
export function hasModKey(e: KeyboardEvent): boolean {
  return isMac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
}

/** True when a keystroke would go into a text field, so single-key shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
